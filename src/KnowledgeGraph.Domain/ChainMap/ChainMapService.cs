using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Domain.ChainMap;

/// <summary>Assembles chain maps from store placements, so both stores give the same answer from the same rows.</summary>
public sealed class ChainMapService(IGraphStore store, ChainCatalogue catalogue, Gazetteer gazetteer)
{
    public async Task<ChainMap?> GetAsync(string chain, string? region, CancellationToken cancellationToken = default)
    {
        var def = catalogue.Find(chain);
        if (def is null)
        {
            return null;
        }

        Region? resolved = null;
        if (!string.IsNullOrWhiteSpace(region))
        {
            resolved = gazetteer.Resolve(region) ?? throw new UnknownRegionException(region);
        }

        var placements = await store.GetPlacementsAsync(def.Name, resolved is null ? null : Gazetteer.PrefixOf(resolved.Code), cancellationToken);
        var bySegment = placements.ToLookup(p => p.SegmentId, StringComparer.Ordinal);
        var segments = def.Ordered
            .Select(s => new SegmentView(s.Id(def.Name), s, [.. bySegment[s.Id(def.Name)].OrderBy(p => p.Kind).ThenBy(p => p.Name, StringComparer.Ordinal)]))
            .ToList();
        return new ChainMap(def, resolved, segments) { ChainLevel = [.. bySegment[def.Id]] };
    }
}

public sealed class UnknownRegionException(string region) : Exception($"Unknown region '{region}'.")
{
    public string Region { get; } = region;
}
