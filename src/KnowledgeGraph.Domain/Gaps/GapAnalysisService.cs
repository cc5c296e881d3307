using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Gaps.Rules;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Domain.Gaps;

/// <summary>The gap analysis of one chain in one region, worst findings first.</summary>
public sealed record GapReport(ChainMap.ChainMap Map, IReadOnlyList<GapFinding> Findings);

/// <summary>Runs every gap rule over the chain map and coverage of a region. Rules are pure; this class only loads.</summary>
public sealed class GapAnalysisService(ChainMapService maps, CoverageService coverage, IGraphStore store, Gazetteer gazetteer)
{
    internal static IReadOnlyList<IGapRule> Rules { get; } =
    [
        new BrokenChainRule(),
        new InnovationGapRule(),
        new UntransferredAchievementRule(),
        new SinglePointDependencyRule(),
        new NoLeadingEnterpriseRule(),
        new RegionalShortfallRule(),
    ];

    /// <summary>Null when the chain is unknown; throws <see cref="UnknownRegionException"/> for an unknown region.</summary>
    public async Task<GapReport?> AnalyseAsync(string chain, string? region, DateTimeOffset? asOf = null, CancellationToken cancellationToken = default)
    {
        var map = await maps.GetAsync(chain, region, asOf, cancellationToken);
        if (map is null)
        {
            return null;
        }

        var level = map.Region?.Level ?? RegionLevel.Province;
        var matrix = await coverage.GetAsync(map.Chain.Name, level, cancellationToken);
        var ids = map.Segments.SelectMany(s => s.Elsewhere.Concat(s.Placements)).Concat(map.ChainLevelElsewhere)
            .Select(p => p.EntityId).ToHashSet(StringComparer.Ordinal);
        var entities = ids.Count == 0 ? new Dictionary<string, Model.Entity>() : await store.GetEntitiesAsync(ids, cancellationToken);
        var mentions = entities.ToDictionary(p => p.Key, p => p.Value.MentionCount, StringComparer.Ordinal);
        return new GapReport(map, Analyse(new GapContext(map, matrix, gazetteer, mentions)));
    }

    internal static IReadOnlyList<GapFinding> Analyse(GapContext context)
    {
        var order = context.Map.Segments.Select((s, i) => (s.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        return [.. Rules.SelectMany(r => r.Evaluate(context))
            .OrderBy(f => f.Severity)
            .ThenBy(f => f.SegmentId is null ? -1 : order.GetValueOrDefault(f.SegmentId, int.MaxValue))
            .ThenBy(f => f.Kind)];
    }
}
