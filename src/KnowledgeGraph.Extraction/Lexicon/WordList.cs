using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>
/// A word list that answers "which listed word starts (or ends) here" without allocating. Words are bucketed by
/// their first (last) two characters, so a lookup touches a handful of candidates whatever the list size; bitmaps of
/// the characters words start and end with turn most positions away before any lookup (the rules ask at every
/// character of every sentence).
/// </summary>
internal sealed class WordList
{
    private readonly Dictionary<int, string[]> byFirstPair;
    private readonly Dictionary<int, string[]> byLastPair;
    private readonly CharSet singles;
    private readonly CharSet firsts;
    private readonly CharSet seconds;
    private readonly CharSet lasts;
    private readonly CharSet penultimates;

    public WordList(IEnumerable<string> words)
    {
        var list = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        Words = list;
        var pairs = list.Where(w => w.Length >= 2).ToArray();
        singles = new CharSet(list.Where(w => w.Length == 1).Select(w => w[0]));
        firsts = new CharSet(pairs.Select(w => w[0]));
        seconds = new CharSet(pairs.Select(w => w[1]));
        lasts = new CharSet(pairs.Select(w => w[^1]));
        penultimates = new CharSet(pairs.Select(w => w[^2]));
        byFirstPair = pairs.GroupBy(w => Pair(w[0], w[1]))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray());
        byLastPair = pairs.GroupBy(w => Pair(w[^2], w[^1]))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray());
    }

    public IReadOnlyList<string> Words { get; }

    /// <summary>Length of the longest word that ends exactly at <paramref name="end"/> in <paramref name="text"/>, or 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int MatchEndingAt(ReadOnlySpan<char> text, int end) =>
        (uint)(end - 1) < (uint)text.Length && (lasts.Contains(text[end - 1]) || singles.Contains(text[end - 1])) ? MatchEndingAtCore(text, end) : 0;

    /// <summary>Length of the longest word that starts at <paramref name="start"/>, or 0.</summary>
    /// <remarks>The inlined pre-check turns most characters away without a call; the rules ask at every character.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int MatchStartingAt(ReadOnlySpan<char> text, int start) =>
        (uint)start < (uint)text.Length && (firsts.Contains(text[start]) || singles.Contains(text[start])) ? MatchStartingAtCore(text, start) : 0;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int MatchEndingAtCore(ReadOnlySpan<char> text, int end)
    {
        var last = text[end - 1];
        if (end >= 2 && lasts.Contains(last) && penultimates.Contains(text[end - 2])
            && byLastPair.TryGetValue(Pair(text[end - 2], last), out var words))
        {
            foreach (var word in words)
            {
                if (word.Length <= end && text.Slice(end - word.Length, word.Length).SequenceEqual(word))
                {
                    return word.Length;
                }
            }
        }

        return singles.Contains(last) ? 1 : 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int MatchStartingAtCore(ReadOnlySpan<char> text, int start)
    {
        var first = text[start];
        if (start + 1 < text.Length && firsts.Contains(first) && seconds.Contains(text[start + 1])
            && byFirstPair.TryGetValue(Pair(first, text[start + 1]), out var words))
        {
            foreach (var word in words)
            {
                if (start + word.Length <= text.Length && text.Slice(start, word.Length).SequenceEqual(word))
                {
                    return word.Length;
                }
            }
        }

        return singles.Contains(first) ? 1 : 0;
    }

    /// <summary>True when a word may start at this character (a cheap pre-check before <see cref="MatchStartingAt"/>).</summary>
    public bool MayStartWith(char c) => firsts.Contains(c) || singles.Contains(c);

    public bool Contains(ReadOnlySpan<char> text) => text.Length > 0 && MatchStartingAt(text, 0) == text.Length;

    private static int Pair(char a, char b) => (a << 16) | b;
}
