using KnowledgeGraph.Domain.Catalogue;

namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>Catalogue keywords for dictionary matching: which chains and segments a piece of text talks about.</summary>
internal sealed class ChainIndex
{
    private readonly List<(ChainDef Chain, WordList Words)> chains = [];
    private readonly List<(ChainDef Chain, ChainSegmentDef Segment, WordList Words)> segments = [];

    public ChainIndex(ChainCatalogue catalogue)
    {
        foreach (var chain in catalogue.Chains)
        {
            chains.Add((chain, new WordList([chain.Name, .. chain.Aliases, .. chain.Keywords])));
            foreach (var segment in chain.Segments)
            {
                segments.Add((chain, segment, new WordList([segment.Name, .. segment.Keywords])));
            }
        }
    }

    public static ChainIndex Default { get; } = new(ChainCatalogue.Default);

    /// <summary>Chains named in the text, with the position of the first keyword.</summary>
    public List<(ChainDef Chain, int Start, int Length)> Chains(string text)
    {
        var found = new List<(ChainDef, int, int)>();
        foreach (var (chain, words) in chains)
        {
            if (Find(text, words) is { } at)
            {
                found.Add((chain, at.Start, at.Length));
            }
        }

        return found;
    }

    /// <summary>Segments of <paramref name="chain"/> named in the text.</summary>
    public List<(ChainSegmentDef Segment, int Start, int Length)> Segments(string text, ChainDef chain)
    {
        var found = new List<(ChainSegmentDef, int, int)>();
        foreach (var (c, segment, words) in segments)
        {
            if (ReferenceEquals(c, chain) && Find(text, words) is { } at)
            {
                found.Add((segment, at.Start, at.Length));
            }
        }

        return found;
    }

    private static (int Start, int Length)? Find(string text, WordList words)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var length = words.MatchStartingAt(text, i);
            if (length > 0)
            {
                return (i, length);
            }
        }

        return null;
    }
}
