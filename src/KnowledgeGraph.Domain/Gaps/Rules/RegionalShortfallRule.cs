using KnowledgeGraph.Domain.ChainMap;

namespace KnowledgeGraph.Domain.Gaps.Rules;

/// <summary>
/// 区域短板, from coverage rolled up to the level of the region asked. Peers are the other regions of that level with at
/// least one placement on the chain. For each segment, with r = the region's organisations (enterprises, labs, platforms,
/// universities, institutes) there and m = the median of the peers' counts there, the region is far below when
/// m ≥ <see cref="MinPeerMedian"/> and r &lt; m / 2. High when r = 0, else Medium.
/// </summary>
internal sealed class RegionalShortfallRule : IGapRule
{
    public const int MinPeerMedian = 2;

    public GapKind Kind => GapKind.RegionalShortfall;

    public IEnumerable<GapFinding> Evaluate(GapContext context)
    {
        if (context.Coverage is not { } coverage || context.Map.Region is not { } region)
        {
            yield break;
        }

        var own = coverage.Row(region.Code);
        var peers = coverage.Rows.Where(r => r.RegionCode is not null && r != own && r.Total > 0).ToList();
        if (peers.Count == 0)
        {
            yield break;
        }

        foreach (var segment in context.Map.Segments)
        {
            var r = own?.Count(segment.Id, EntityKinds.Organisations) ?? 0;
            var counts = peers.Select(p => (Row: p, Count: p.Count(segment.Id, EntityKinds.Organisations))).ToList();
            var median = Median(counts.Select(c => c.Count));
            if (median < MinPeerMedian || r >= median / 2)
            {
                continue;
            }

            var best = counts.OrderByDescending(c => c.Count).ThenBy(c => c.Row.RegionCode, StringComparer.Ordinal).First();
            var bestName = context.Gazetteer.Get(best.Row.RegionCode!)?.ShortName ?? best.Row.RegionName;
            var explanation = $"{context.Describe(segment)}只有 {r} 家企业和创新机构，其他 {peers.Count} 个地区的中位数为 {median:0.#} 家，最多的{bestName}有 {best.Count} 家。";
            yield return GapContext.Finding(
                Kind, r == 0 ? GapSeverity.High : GapSeverity.Medium, segment, explanation, segment.Organisations) with
            {
                Suggestions = context.Suggestions.ForSegment(segment, EntityKinds.Organisations, SuggestionAction.FillChain, "可引进或合作以补齐短板"),
            };
        }
    }

    internal static double Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return 0;
        }

        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2.0;
    }
}
