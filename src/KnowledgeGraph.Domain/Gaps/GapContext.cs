using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Domain.Gaps;

/// <summary>Everything a gap rule may look at: the map of the region, the coverage matrix and the ranker. Rules are pure functions of it.</summary>
/// <param name="mentionCounts">Null: suggestions wait for <see cref="SuggestionRanker.Complete"/> (see <see cref="SuggestionRanker"/>).</param>
internal sealed class GapContext(ChainMap.ChainMap map, CoverageMatrix? coverage, Gazetteer gazetteer, IReadOnlyDictionary<string, int>? mentionCounts = null)
{
    public ChainMap.ChainMap Map { get; } = map;

    /// <summary>Coverage rolled up to the level of the region asked; null skips the rules that compare regions.</summary>
    public CoverageMatrix? Coverage { get; } = coverage;

    public Gazetteer Gazetteer { get; } = gazetteer;

    public SuggestionRanker Suggestions { get; } = new(map, gazetteer, mentionCounts);

    /// <summary>内蒙古, or 全部地区 when no region was asked.</summary>
    public string RegionName => Map.Region?.ShortName ?? "全部地区";

    public string ChainName => Map.Chain.Name;

    /// <summary>"内蒙古 乳业「乳品加工」环节": how every segment finding starts.</summary>
    public string Describe(SegmentView segment) => $"{RegionName} {ChainName}「{segment.Name}」环节";

    /// <summary>Names joined the way the explanations list them, at most <paramref name="max"/> then 等.</summary>
    public static string Names(IEnumerable<Placement> placements, int max = 3) => Names(placements.Select(p => p.Name), max);

    public static string Names(IEnumerable<string> names, int max = 3)
    {
        var list = names.Distinct(StringComparer.Ordinal).ToList();
        var shown = string.Join("、", list.Take(max));
        return list.Count > max ? shown + "等" : shown;
    }

    public static GapFinding Finding(
        GapKind kind, GapSeverity severity, SegmentView? segment, string explanation, IEnumerable<Placement> facts, IEnumerable<string>? moreRelations = null)
    {
        var list = facts.ToList();
        return new GapFinding(
            kind,
            severity,
            segment?.Id,
            explanation,
            [.. list.Select(p => p.EntityId).Distinct(StringComparer.Ordinal)],
            [.. list.Select(p => p.RelationId).Concat(moreRelations ?? []).Distinct(StringComparer.Ordinal)]);
    }
}

internal interface IGapRule
{
    GapKind Kind { get; }

    IEnumerable<GapFinding> Evaluate(GapContext context);
}
