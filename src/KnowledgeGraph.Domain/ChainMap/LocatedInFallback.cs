using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Domain.ChainMap;

/// <summary>
/// Fills a missing region code from the entity's LOCATED_IN edges, so a map does not depend on every writer having
/// denormalised <see cref="Entity.RegionCode"/>. The target may be <c>Region:{adcode}</c> or a region name the
/// gazetteer resolves; the most specific region wins.
/// </summary>
internal static class LocatedInFallback
{
    public static IReadOnlyDictionary<string, string> RegionsOf(IEnumerable<Relation> relations, Gazetteer gazetteer) =>
        relations
            .Where(r => r.Kind == RelationKind.LocatedIn)
            .Select(r => (r.FromId, Region: Resolve(r.ToId, gazetteer)))
            .Where(p => p.Region is not null)
            .GroupBy(p => p.FromId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Region!).OrderByDescending(r => r.Level).First().Code, StringComparer.Ordinal);

    public static IReadOnlyList<Placement> Apply(IReadOnlyList<Placement> placements, IReadOnlyDictionary<string, string> regions) =>
        regions.Count == 0
            ? placements
            : [.. placements.Select(p => p.RegionCode is null && regions.TryGetValue(p.EntityId, out var code) ? p with { RegionCode = code } : p)];

    private static Region? Resolve(string regionId, Gazetteer gazetteer)
    {
        var prefix = $"{EntityKind.Region}:";
        if (!regionId.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var key = regionId[prefix.Length..];
        return gazetteer.Get(key) ?? gazetteer.Resolve(key);
    }
}
