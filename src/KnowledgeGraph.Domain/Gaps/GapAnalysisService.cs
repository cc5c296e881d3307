using KnowledgeGraph.Domain.Caching;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Gaps.Rules;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Domain.Gaps;

/// <summary>The gap analysis of one chain in one region, worst findings first.</summary>
public sealed record GapReport(ChainMap.ChainMap Map, IReadOnlyList<GapFinding> Findings);

/// <summary>Runs every gap rule over the chain map and coverage of a region. Rules are pure; this class only loads.</summary>
public sealed class GapAnalysisService(ChainMapService maps, CoverageService coverage, ChainCatalogue catalogue, Gazetteer gazetteer, GraphAnswerCache cache, IGraphStore store)
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
    public Task<GapReport?> AnalyseAsync(string chain, string? region, DateTimeOffset? asOf = null, CancellationToken cancellationToken = default) =>
        AnalyseAsync(chain, region, asOf, CachePolicy.Use, cancellationToken);

    public async Task<GapReport?> AnalyseAsync(string chain, string? region, DateTimeOffset? asOf, CachePolicy policy, CancellationToken cancellationToken = default)
    {
        var def = catalogue.Find(chain);
        if (def is null)
        {
            return null;
        }

        var resolved = maps.ResolveRegion(region);
        var version = await cache.VersionAsync(policy, cancellationToken);
        return await cache.GetOrComputeAsync(
            $"gaps|{def.Name}|{resolved?.Code}|{asOf?.UtcTicks}",
            version,
            async ct =>
            {
                // The coverage is counted from the map's own rows, so the two agree (same version, same as-of cut).
                var map = await maps.GetAsync(def, resolved, asOf, version, ct);
                var matrix = coverage.FromMap(map, resolved?.Level ?? RegionLevel.Province);
                var context = new GapContext(map, matrix, gazetteer);
                var findings = Analyse(context);

                // Only the candidates the findings rank need their mention counts, read in one call once every rule has run.
                var candidates = context.Suggestions.CandidateIds;
                context.Suggestions.Complete(candidates.Count == 0
                    ? new Dictionary<string, int>(StringComparer.Ordinal)
                    : await store.GetMentionCountsAsync(candidates, ct));
                return (GapReport?)new GapReport(map, findings);
            },
            cancellationToken);
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
