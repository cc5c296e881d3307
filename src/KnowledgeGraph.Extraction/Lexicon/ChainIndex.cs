using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Catalogue;

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
    }

    public static ChainIndex Default { get; } = new(ChainCatalogue.Default);

    /// <summary>Chains named in the text, in text order, each once.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<ChainDef> Chains(ReadOnlySpan<char> text)
    {
        var found = new List<ChainDef>();
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
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<(ChainDef Chain, ChainSegmentDef Segment)> Segments(ReadOnlySpan<char> text, IReadOnlyCollection<ChainDef>? allowed, int minKeywordLength = 1)
    {
        var found = new List<(ChainDef, ChainSegmentDef)>();
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
