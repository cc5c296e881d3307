using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Domain.Gaps;

/// <summary>
/// Ranks candidate organisations for a suggestion. Score = 100 × leading (链主/龙头) + 50 × local (already in the
/// region: the nearest partner) + 10 × segments of this chain it is placed on + its mention count; ties by name.
/// </summary>
/// <remarks>
/// Built without mention counts, the ranker only records each pool and hands back a list that <see cref="Complete"/>
/// fills: the analysis then reads the counts of <see cref="CandidateIds"/> alone (about 200 of the 500 nodes a 1M
/// chain places), not of every placed node.
/// </remarks>
internal sealed class SuggestionRanker(ChainMap.ChainMap map, Gazetteer gazetteer, IReadOnlyDictionary<string, int>? mentionCounts = null)
{
    public const int MaxSuggestions = 5;

    private IReadOnlyDictionary<string, int>? mentionCounts = mentionCounts;
    private readonly List<PendingSuggestions> pending = [];
    private readonly HashSet<string> candidateIds = new(StringComparer.Ordinal);

    /// <summary>Nodes whose mention counts the rankings asked for so far need (none once counts were given).</summary>
    public IReadOnlyCollection<string> CandidateIds => candidateIds;

    /// <summary>Ranks every pool asked for before the counts were known, filling the lists handed out for them.</summary>
    public void Complete(IReadOnlyDictionary<string, int> counts)
    {
        mentionCounts = counts;
        foreach (var list in pending)
        {
            list.Fill(Rank(list.Pool, list.Action, list.ServedWhat, list.Purpose));
        }

        pending.Clear();
        candidateIds.Clear();
    }

    private readonly Dictionary<string, int> segmentsServed = CountSegmentsServed(map);

    /// <summary>Reused by every <see cref="Rank"/> call of one analysis: candidates in first-seen order, and where each is.</summary>
    private readonly List<(Placement First, bool Leading)> candidates = [];
    private readonly Dictionary<string, int> candidateIndex = new(StringComparer.Ordinal);

    public IReadOnlyList<GapSuggestion> ForSegment(
        SegmentView segment, IReadOnlySet<EntityKind> kinds, SuggestionAction action, string purpose, bool includeLocal = false, IEnumerable<Placement>? extra = null)
    {
        var pool = segment.Elsewhere.Concat(includeLocal ? segment.Placements : []).Concat(extra ?? []);
        return RankOrDefer(pool.Where(p => kinds.Contains(p.Kind)), action, $"「{segment.Name}」", purpose);
    }

    /// <summary>Candidates anywhere on the chain outside the region (every segment and chain level), best first.</summary>
    public IReadOnlyList<GapSuggestion> ForChain(Func<Placement, bool> filter, SuggestionAction action, string purpose)
    {
        var pool = map.Segments.SelectMany(s => s.Elsewhere).Concat(map.ChainLevelElsewhere);
        return RankOrDefer(pool.Where(filter), action, $"{map.Chain.Name}链", purpose);
    }

    /// <summary>Entities placed in the region asked: the same for every ranking, so gathered once.</summary>
    private readonly HashSet<string> localIds = map.Segments.SelectMany(s => s.Placements).Concat(map.ChainLevel).Select(p => p.EntityId).ToHashSet(StringComparer.Ordinal);

    /// <summary>Ranks the pool now when the counts are known; otherwise keeps it for <see cref="Complete"/>.</summary>
    private IReadOnlyList<GapSuggestion> RankOrDefer(IEnumerable<Placement> pool, SuggestionAction action, string servedWhat, string purpose)
    {
        if (mentionCounts is not null)
        {
            return Rank(pool, action, servedWhat, purpose);
        }

        List<Placement> members = [.. pool];
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in members)
        {
            distinct.Add(p.EntityId);
            candidateIds.Add(p.EntityId);
        }

        var list = new PendingSuggestions(members, Math.Min(distinct.Count, MaxSuggestions), action, servedWhat, purpose);
        pending.Add(list);
        return list;
    }

    /// <summary>
    /// The best <see cref="MaxSuggestions"/> distinct nodes of the pool: by score, then name, then first appearance.
    /// One pass and a running top five: a computed gap analysis ranks about ten pools of up to a few thousand
    /// placements, and grouping and sorting each whole pool was half of what the analysis allocated.
    /// </summary>
    private List<GapSuggestion> Rank(IEnumerable<Placement> pool, SuggestionAction action, string servedWhat, string purpose)
    {
        var counts = mentionCounts ?? throw new InvalidOperationException("Mention counts are needed to rank.");
        candidates.Clear();
        candidateIndex.Clear();
        foreach (var p in pool)
        {
            if (candidateIndex.TryGetValue(p.EntityId, out var at))
            {
                if (!candidates[at].Leading && p.IsLeading())
                {
                    candidates[at] = (candidates[at].First, true);
                }
            }
            else
            {
                candidateIndex.Add(p.EntityId, candidates.Count);
                candidates.Add((p, p.IsLeading()));
            }
        }

        var best = new List<Candidate>(MaxSuggestions + 1);
        for (var i = 0; i < candidates.Count; i++)
        {
            var (first, leading) = candidates[i];
            var local = map.Region is not null && localIds.Contains(first.EntityId);
            var served = segmentsServed.GetValueOrDefault(first.EntityId);
            var mentions = counts.GetValueOrDefault(first.EntityId);
            var candidate = new Candidate(first, leading, local, served, mentions, (leading ? 100 : 0) + (local ? 50 : 0) + (10 * served) + mentions);
            var slot = best.Count;
            while (slot > 0 && Candidate.Before(candidate, best[slot - 1]))
            {
                slot--;
            }

            if (slot < MaxSuggestions)
            {
                best.Insert(slot, candidate);
                if (best.Count > MaxSuggestions)
                {
                    best.RemoveAt(MaxSuggestions);
                }
            }
        }

        return [.. best.Select((c, i) => new GapSuggestion(
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

    /// <summary>How many of the map's segments each node is placed in (in the region, elsewhere or unlocated).</summary>
    private static Dictionary<string, int> CountSegmentsServed(ChainMap.ChainMap map)
    {
        var served = new Dictionary<string, int>(StringComparer.Ordinal);
        var inSegment = new HashSet<string>(StringComparer.Ordinal);
        foreach (var segment in map.Segments)
        {
            inSegment.Clear();
            foreach (var list in (IReadOnlyList<Placement>[])[segment.Placements, segment.Elsewhere, segment.Unlocated])
            {
                foreach (var p in list)
                {
                    if (inSegment.Add(p.EntityId))
                    {
                        served[p.EntityId] = served.GetValueOrDefault(p.EntityId) + 1;
                    }
                }
            }
        }

        return served;
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

    private readonly record struct Candidate(Placement Placement, bool Leading, bool Local, int Served, int Mentions, int Score)
    {
        /// <summary>Ranks <paramref name="a"/> ahead of <paramref name="b"/>, which was seen first: higher score, then name.</summary>
        public static bool Before(Candidate a, Candidate b) =>
            a.Score > b.Score || (a.Score == b.Score && string.CompareOrdinal(a.Placement.Name, b.Placement.Name) < 0);
    }
}
