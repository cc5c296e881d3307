using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Domain.Gaps;

/// <summary>
/// Ranks candidate organisations for a suggestion. Score = 100 × leading (链主/龙头) + 50 × local (already in the
/// region: the nearest partner) + 10 × segments of this chain it is placed on + its mention count; ties by name.
/// </summary>
internal sealed class SuggestionRanker(ChainMap.ChainMap map, Gazetteer gazetteer, IReadOnlyDictionary<string, int> mentionCounts)
{
    public const int MaxSuggestions = 5;

    private readonly Dictionary<string, int> segmentsServed = map.Segments
        .SelectMany(s => s.Placements.Concat(s.Elsewhere).Concat(s.Unlocated).Select(p => (s.Id, p.EntityId)))
        .Distinct()
        .GroupBy(p => p.EntityId, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Candidates of <paramref name="kinds"/> on <paramref name="segment"/> in other regions (and, if asked, local ones), best first.</summary>
    public IReadOnlyList<GapSuggestion> ForSegment(
        SegmentView segment, IReadOnlySet<EntityKind> kinds, SuggestionAction action, string purpose, bool includeLocal = false, IEnumerable<Placement>? extra = null)
    {
        var pool = segment.Elsewhere.Concat(includeLocal ? segment.Placements : []).Concat(extra ?? []);
        return Rank(pool.Where(p => kinds.Contains(p.Kind)), action, $"「{segment.Name}」", purpose);
    }

    /// <summary>Candidates anywhere on the chain outside the region (every segment and chain level), best first.</summary>
    public IReadOnlyList<GapSuggestion> ForChain(Func<Placement, bool> filter, SuggestionAction action, string purpose)
    {
        var pool = map.Segments.SelectMany(s => s.Elsewhere).Concat(map.ChainLevelElsewhere);
        return Rank(pool.Where(filter), action, $"{map.Chain.Name}链", purpose);
    }

    /// <summary>Entities placed in the region asked: the same for every ranking, so gathered once.</summary>
    private readonly HashSet<string> localIds = map.Segments.SelectMany(s => s.Placements).Concat(map.ChainLevel).Select(p => p.EntityId).ToHashSet(StringComparer.Ordinal);

    private List<GapSuggestion> Rank(IEnumerable<Placement> pool, SuggestionAction action, string servedWhat, string purpose)
    {
        var candidates = pool
            .GroupBy(p => p.EntityId, StringComparer.Ordinal)
            .Select(g =>
            {
                var leading = g.Any(p => p.IsLeading());
                var local = map.Region is not null && localIds.Contains(g.Key);
                var served = segmentsServed.GetValueOrDefault(g.Key);
                var mentions = mentionCounts.GetValueOrDefault(g.Key);
                var score = (leading ? 100 : 0) + (local ? 50 : 0) + (10 * served) + mentions;
                return (Placement: g.First(), Leading: leading, Local: local, Served: served, Mentions: mentions, Score: score);
            })
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Placement.Name, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .ToList();

        return [.. candidates.Select((c, i) => new GapSuggestion(
            action,
            i + 1,
            c.Placement.EntityId,
            c.Placement.Name,
            c.Placement.Kind,
            c.Placement.RegionCode,
            Explain(c.Placement, c.Leading, c.Local, c.Served, c.Mentions, action, servedWhat, purpose))
        {
            Score = c.Score,
        })];
    }

    private string Explain(Placement p, bool leading, bool local, int served, int mentions, SuggestionAction action, string servedWhat, string purpose)
    {
        var where = local ? "本地" : RegionName(p.RegionCode);
        servedWhat = p.SegmentId == map.Chain.Id ? $"{map.Chain.Name}全链" : servedWhat;
        var role = leading ? "，链主/龙头" : string.Empty;
        var breadth = served > 1 ? $"，覆盖{map.Chain.Name}链 {served} 个环节" : string.Empty;
        var cited = mentions > 0 ? $"，被提及 {mentions} 次" : string.Empty;
        return $"{action.Label()}：{where}的{p.Name}（{p.Kind.Label()}{role}）服务{servedWhat}{breadth}{cited}，{purpose}。";
    }

    private string RegionName(string? code)
    {
        if (code is null)
        {
            return "地区不明";
        }

        var province = CoverageService.RollUp(code, RegionLevel.Province, gazetteer);
        return (province is null ? null : gazetteer.Get(province)?.ShortName) ?? gazetteer.Get(code)?.ShortName ?? code;
    }
}
