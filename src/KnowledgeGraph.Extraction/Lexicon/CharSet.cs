namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>A set of UTF-16 code units as a 64 Kbit bitmap: membership is one load and a mask, for per-character pre-checks.</summary>
internal sealed class CharSet
{
    private readonly ulong[] bits = new ulong[1024];

    public CharSet(IEnumerable<char> chars)
    {
        foreach (var c in chars)
        {
            bits[c >> 6] |= 1UL << (c & 63);
        }
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool Contains(char c) => (bits[c >> 6] & (1UL << (c & 63))) != 0;
}
