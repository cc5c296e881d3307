namespace KnowledgeGraph.Storage.Sqlite.Reading;

/// <summary>
/// SQLite's BINARY collation (byte order of UTF-8, that is code point order) for .NET strings, so rows sorted in memory
/// come out exactly as an ORDER BY would have returned them. Ordinal UTF-16 order differs from it in one place: a
/// character beyond the BMP (a surrogate pair, e.g. a rare CJK Extension B character in a name) sorts after U+E000–U+FFFF
/// (fullwidth brackets （）, common in Chinese names), while its surrogate code unit sorts before them.
/// </summary>
internal static class BinaryCollation
{
    public static readonly IComparer<string?> Comparer = Comparer<string?>.Create(Compare);

    public static int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            // NULL sorts first in SQLite.
            return x is null ? -1 : 1;
        }

        var common = x.AsSpan().CommonPrefixLength(y);
        if (common == x.Length || common == y.Length)
        {
            return x.Length.CompareTo(y.Length);
        }

        var (a, b) = (x[common], y[common]);
        var (surrogateA, surrogateB) = (char.IsSurrogate(a), char.IsSurrogate(b));
        if (surrogateA != surrogateB)
        {
            return surrogateA ? 1 : -1;
        }

        return a.CompareTo(b);
    }
}
