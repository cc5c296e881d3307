using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Domain.ChainMap;

/// <summary>Builds a <see cref="ChainMap"/> from rows already read: pure, so rules can be tested over maps built in memory.</summary>
internal static class ChainMapAssembler
{
    /// <param name="entities">Name, kind and region of the entities at the ends of <paramref name="links"/>.</param>
    public static ChainMap Build(
        ChainDef def,
        Region? region,
        IReadOnlyList<Placement> placements,
        IReadOnlyList<Relation> links,
        IReadOnlyDictionary<string, Entity> entities)
    {
        var scope = new RegionScope(region is null ? null : Gazetteer.PrefixOf(region.Code), links, entities);
        var bySegment = placements.ToLookup(p => p.SegmentId, StringComparer.Ordinal);
        var segments = def.Ordered
            .Select(s => BuildSegment(s.Id(def.Name), s, bySegment[s.Id(def.Name)], scope))
            .ToList();
        var chainLevel = bySegment[def.Id].ToList();
        var segmentIds = segments.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        return new ChainMap(def, region, segments)
        {
            ChainLevel = Sort(chainLevel.Where(scope.IsLocal)),
            ChainLevelElsewhere = new DeferredList<Placement>(() => Sort(chainLevel.Where(p => !scope.IsLocal(p)))),
            Supplies = [.. def.Supplies
                .Select(pair => new SupplyEdge(EntityIds.Segment(def.Name, pair[0]), EntityIds.Segment(def.Name, pair[1])))
                .Where(e => segmentIds.Contains(e.FromSegmentId) && segmentIds.Contains(e.ToSegmentId))],
            Achievements = new DeferredDictionary<string, AchievementLinks>(() => AchievementLinksOf(placements, links, entities)),
        };
    }

    private static SegmentView BuildSegment(string id, ChainSegmentDef def, IEnumerable<Placement> placements, RegionScope scope)
    {
        var local = new List<Placement>();
        var elsewhere = new List<Placement>();
        var unlocated = new List<Placement>();
        foreach (var placement in placements)
        {
            var bucket = scope.IsLocal(placement) ? local : scope.IsUnlocated(placement) ? unlocated : elsewhere;
            bucket.Add(placement);
        }

        return new SegmentView(id, def, Sort(local))
        {
            Elsewhere = new DeferredList<Placement>(() => Sort(elsewhere)),
            Unlocated = new DeferredList<Placement>(() => Sort(unlocated)),
        };
    }

    private static List<Placement> Sort(IEnumerable<Placement> placements) =>
        [.. placements.OrderBy(p => p.Kind).ThenBy(p => p.IsLeading() ? 0 : 1).ThenBy(p => p.Name, StringComparer.Ordinal)];

    private static Dictionary<string, AchievementLinks> AchievementLinksOf(
        IReadOnlyList<Placement> placements, IReadOnlyList<Relation> links, IReadOnlyDictionary<string, Entity> entities)
    {
        LinkedEntity Linked(string id, Relation edge)
        {
            var e = entities.GetValueOrDefault(id);
            return new LinkedEntity(id, e?.Name ?? id, e?.Kind ?? EntityIds.KindOf(id), e?.RegionCode, edge);
        }

        // Indexed once rather than scanned per achievement: with hundreds of each, the scans were most of the assembly.
        var producers = links.Where(r => r.Kind == RelationKind.Produced).ToLookup(r => r.ToId, StringComparer.Ordinal);
        var transfers = links.Where(r => r.Kind == RelationKind.TransferredTo).ToLookup(r => r.FromId, StringComparer.Ordinal);
        return placements.Where(p => p.Kind == EntityKind.Achievement)
            .Select(p => p.EntityId)
            .Distinct(StringComparer.Ordinal)
            .ToDictionary(
                id => id,
                id => new AchievementLinks(
                    id,
                    [.. producers[id].Select(r => Linked(r.FromId, r))],
                    [.. transfers[id].Select(r => Linked(r.ToId, r))]),
                StringComparer.Ordinal);
    }
}
