using System.Collections.Frozen;

namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>A word list that answers "does the text end (or start) with one of the words here" without allocating.</summary>
internal sealed class WordList
{
    private readonly FrozenDictionary<char, string[]> byLast;
    private readonly FrozenDictionary<char, string[]> byFirst;

    public WordList(IEnumerable<string> words)
    {
        var list = words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        byLast = list.GroupBy(w => w[^1]).ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray());
        byFirst = list.GroupBy(w => w[0]).ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(w => w.Length).ToArray());
        Words = list;
    }

    public IReadOnlyList<string> Words { get; }

    /// <summary>Length of the longest word that ends exactly at <paramref name="end"/> in <paramref name="text"/>, or 0.</summary>
    public int MatchEndingAt(ReadOnlySpan<char> text, int end)
    {
        if (end <= 0 || end > text.Length || !byLast.TryGetValue(text[end - 1], out var words))
        {
            return 0;
        }

        foreach (var word in words)
        {
            if (word.Length <= end && text.Slice(end - word.Length, word.Length).SequenceEqual(word))
            {
                return word.Length;
            }
        }

        return 0;
    }

    /// <summary>Length of the longest word that starts at <paramref name="start"/>, or 0.</summary>
    public int MatchStartingAt(ReadOnlySpan<char> text, int start)
    {
        if (start < 0 || start >= text.Length || !byFirst.TryGetValue(text[start], out var words))
        {
            return 0;
        }

        foreach (var word in words)
        {
            if (start + word.Length <= text.Length && text.Slice(start, word.Length).SequenceEqual(word))
            {
                return word.Length;
            }
        }

        return 0;
    }

    public bool Contains(ReadOnlySpan<char> text) => MatchStartingAt(text, 0) == text.Length && text.Length > 0;
}
