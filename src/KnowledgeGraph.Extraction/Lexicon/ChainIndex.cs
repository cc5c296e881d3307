using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>
/// Catalogue keywords for dictionary matching: which chains and segments a piece of text talks about. Matching is
/// longest-first and non-overlapping, so 稀土新材料 names the rare-earth chain, not 新材料.
/// </summary>
internal sealed class ChainIndex
{
    private readonly Dictionary<string, ChainDef> chainWords = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(ChainDef Chain, ChainSegmentDef Segment)>> segmentWords = new(StringComparer.Ordinal);
    private readonly WordList chainList;
    private readonly WordList segmentList;

    // Graph keys of chains and segments, composed once instead of for every relation that points at them.
    private readonly Dictionary<ChainDef, string> chainKeys = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<ChainDef, Dictionary<ChainSegmentDef, (string Name, string Key)>> segmentKeys = new(ReferenceEqualityComparer.Instance);

    public ChainIndex(ChainCatalogue catalogue)
    {
        foreach (var chain in catalogue.Chains)
        {
            foreach (var word in new[] { chain.Name }.Concat(chain.Aliases).Concat(chain.Keywords))
            {
                chainWords.TryAdd(word, chain);
            }

            foreach (var segment in chain.Segments)
            {
                foreach (var word in segment.Keywords.Append(segment.Name))
                {
                    if (!segmentWords.TryGetValue(word, out var list))
                    {
                        list = [];
                        segmentWords[word] = list;
                    }

                    list.Add((chain, segment));
                }
            }
        }

        chainList = new WordList(chainWords.Keys);
        segmentList = new WordList(segmentWords.Keys);
        foreach (var chain in catalogue.Chains)
        {
            chainKeys.TryAdd(chain, EntityIds.For(EntityKind.IndustryChain, chain.Name));
            var segments = new Dictionary<ChainSegmentDef, (string Name, string Key)>(ReferenceEqualityComparer.Instance);
            foreach (var segment in chain.Segments)
            {
                var name = $"{chain.Name}/{segment.Name}";
                segments.TryAdd(segment, (name, EntityIds.For(EntityKind.ChainSegment, name)));
            }

            segmentKeys.TryAdd(chain, segments);
        }
    }

    /// <summary>The graph key of a chain node.</summary>
    public string ChainKey(ChainDef chain) =>
        chainKeys.TryGetValue(chain, out var key) ? key : EntityIds.For(EntityKind.IndustryChain, chain.Name);

    /// <summary>The node name (chain/segment) and graph key of a segment node.</summary>
    public (string Name, string Key) SegmentKey(ChainDef chain, ChainSegmentDef segment)
    {
        if (segmentKeys.TryGetValue(chain, out var segments) && segments.TryGetValue(segment, out var known))
        {
            return known;
        }

        var name = $"{chain.Name}/{segment.Name}";
        return (name, EntityIds.For(EntityKind.ChainSegment, name));
    }

    public static ChainIndex Default { get; } = new(ChainCatalogue.Default);

    /// <summary>Chains named in the text, in text order, each once.</summary>
    public List<ChainDef> Chains(ReadOnlySpan<char> text) => Chains(text, []);

    /// <summary>As <see cref="Chains(ReadOnlySpan{char})"/>, into <paramref name="found"/> (cleared first), so a caller asking per name can reuse one list.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<ChainDef> Chains(ReadOnlySpan<char> text, List<ChainDef> found)
    {
        found.Clear();
        var lookup = chainWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!chainList.MayStartWith(text[i]))
            {
                continue;
            }

            var length = chainList.MatchStartingAt(text, i);
            if (length == 0)
            {
                continue;
            }

            var chain = lookup[text.Slice(i, length)];
            if (!found.Contains(chain))
            {
                found.Add(chain);
            }

            i += length - 1;
        }

        return found;
    }

    /// <summary>Segments named in the text, restricted to <paramref name="allowed"/> chains (all chains when null).</summary>
    public List<(ChainDef Chain, ChainSegmentDef Segment)> Segments(ReadOnlySpan<char> text, IReadOnlyCollection<ChainDef>? allowed, int minKeywordLength = 1) =>
        Segments(text, allowed, [], minKeywordLength);

    /// <summary>As above, into <paramref name="found"/> (cleared first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<(ChainDef Chain, ChainSegmentDef Segment)> Segments(
        ReadOnlySpan<char> text, IReadOnlyCollection<ChainDef>? allowed, List<(ChainDef Chain, ChainSegmentDef Segment)> found, int minKeywordLength = 1)
    {
        found.Clear();
        var lookup = segmentWords.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < text.Length; i++)
        {
            if (!segmentList.MayStartWith(text[i]))
            {
                continue;
            }

            var length = segmentList.MatchStartingAt(text, i);
            if (length == 0)
            {
                continue;
            }

            if (length >= minKeywordLength)
            {
                foreach (var (chain, segment) in lookup[text.Slice(i, length)])
                {
                    if ((allowed is null || allowed.Contains(chain)) && !found.Contains((chain, segment)))
                    {
                        found.Add((chain, segment));
                    }
                }
            }

            i += length - 1;
        }

        return found;
    }
}
