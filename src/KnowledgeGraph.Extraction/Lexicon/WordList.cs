using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>
/// A word list that answers "which listed word starts (or ends) here" without allocating. Words are bucketed by
/// their first (last) two characters, so a lookup touches a handful of candidates whatever the list size.
/// </summary>
internal sealed class WordList
{
    private readonly FrozenDictionary<int, string[]> byFirstPair;
    private readonly FrozenDictionary<int, string[]> byLastPair;
    private readonly FrozenSet<char> singles;

    public WordList(IEnumerable<string> words)
    {
        var list = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        Words = list;
        singles = list.Where(w => w.Length == 1).Select(w => w[0]).ToFrozenSet();
        byFirstPair = list.Where(w => w.Length >= 2).GroupBy(w => Pair(w[0], w[1]))
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray());
        byLastPair = list.Where(w => w.Length >= 2).GroupBy(w => Pair(w[^2], w[^1]))
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray());
    }

    public IReadOnlyList<string> Words { get; }

    /// <summary>Length of the longest word that ends exactly at <paramref name="end"/> in <paramref name="text"/>, or 0.</summary>
    public int MatchEndingAt(ReadOnlySpan<char> text, int end)
    {
        if (end <= 0 || end > text.Length)
        {
            return 0;
        }

        if (end >= 2 && byLastPair.TryGetValue(Pair(text[end - 2], text[end - 1]), out var words))
        {
            foreach (var word in words)
            {
                if (word.Length <= end && text.Slice(end - word.Length, word.Length).SequenceEqual(word))
                {
                    return word.Length;
                }
            }
        }

        return singles.Contains(text[end - 1]) ? 1 : 0;
    }

    /// <summary>Length of the longest word that starts at <paramref name="start"/>, or 0.</summary>
    public int MatchStartingAt(ReadOnlySpan<char> text, int start)
    {
        if (start < 0 || start >= text.Length)
        {
            return 0;
        }

        if (start + 1 < text.Length && byFirstPair.TryGetValue(Pair(text[start], text[start + 1]), out var words))
        {
            foreach (var word in words)
            {
                if (start + word.Length <= text.Length && text.Slice(start, word.Length).SequenceEqual(word))
                {
                    return word.Length;
                }
            }
        }

        return singles.Contains(text[start]) ? 1 : 0;
    }

    public bool Contains(ReadOnlySpan<char> text) => text.Length > 0 && MatchStartingAt(text, 0) == text.Length;

    private static int Pair(char a, char b) => (a << 16) | b;
}
