using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>
/// Guarantees the <see cref="Entity.RegionCode"/> invariant before a graph is committed: an entity the extractor left
/// without one takes the adcode of its LOCATED_IN region, or else inherits its whole's through PART_OF (the
/// 四中心/三平台 of 国家乳业技术创新中心 are where the centre is). Region filters and chain maps read only that column.
/// Fills gaps only; a code the extractor set is never changed.
/// </summary>
internal sealed class RegionDenormaliser(Gazetteer gazetteer)
{
    private const int MaxPartOfHops = 5;

    public BulletinGraph Apply(BulletinGraph graph)
    {
        var entities = graph.Entities.GroupBy(e => e.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var located = new Dictionary<string, string>(StringComparer.Ordinal);
        var wholeOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var relation in graph.Relations)
        {
            if (relation.Kind == RelationKind.LocatedIn && RegionCodeOf(relation.ToId, entities) is { } code
                && (!located.TryGetValue(relation.FromId, out var known) || Gazetteer.PrefixOf(code).Length > Gazetteer.PrefixOf(known).Length))
            {
                located[relation.FromId] = code;
            }
            else if (relation.Kind == RelationKind.PartOf && !IsRegion(relation.ToId))
            {
                wholeOf.TryAdd(relation.FromId, relation.ToId);
            }
        }

        if (located.Count == 0)
        {
            return graph;
        }

        var changed = false;
        var result = new List<Entity>(graph.Entities.Count);
        foreach (var entity in graph.Entities)
        {
            var code = entity.RegionCode ?? Resolve(entity.Id, entities, located, wholeOf);
            changed |= code != entity.RegionCode;
            result.Add(code == entity.RegionCode ? entity : entity with { RegionCode = code });
        }

        return changed ? graph with { Entities = result } : graph;
    }

    private static string? Resolve(string id, Dictionary<string, Entity> entities, Dictionary<string, string> located, Dictionary<string, string> wholeOf)
    {
        for (var (current, hops) = (id, 0); hops <= MaxPartOfHops; hops++)
        {
            if (located.TryGetValue(current, out var code))
            {
                return code;
            }

            if (hops > 0 && entities.TryGetValue(current, out var whole) && whole.RegionCode is { } inherited)
            {
                return inherited;
            }

            if (!wholeOf.TryGetValue(current, out var next))
            {
                return null;
            }

            current = next;
        }

        return null;
    }

    private string? RegionCodeOf(string regionId, Dictionary<string, Entity> entities)
    {
        if (!IsRegion(regionId))
        {
            return null;
        }

        if (entities.TryGetValue(regionId, out var region) && region.RegionCode is { } own)
        {
            return own;
        }

        // Region ids are Region:{adcode}; a name after the colon is resolved through the gazetteer.
        var key = regionId[(regionId.IndexOf(':', StringComparison.Ordinal) + 1)..];
        return (gazetteer.Get(key) ?? gazetteer.Resolve(key))?.Code;
    }

    private static bool IsRegion(string id) => id.StartsWith($"{EntityKind.Region}:", StringComparison.Ordinal);
}
