using KnowledgeGraph.Domain.Caching;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Domain.ChainMap;

/// <summary>
/// Assembles chain maps from store placements, so both stores give the same answer from the same rows. One placement
/// read covers every region; the local/elsewhere split is done here so it is the same for both stores.
/// </summary>
public sealed class ChainMapService(IGraphStore store, ChainCatalogue catalogue, Gazetteer gazetteer, GraphAnswerCache cache)
{
    /// <summary>Edges that tie an unlocated achievement, project or fund to whoever is behind it.</summary>
    private static readonly RelationKind[] LinkKinds =
        [RelationKind.Produced, RelationKind.TransferredTo, RelationKind.Funds, RelationKind.Leads, RelationKind.PartOf, RelationKind.LocatedIn];

    public async Task<ChainMap?> GetAsync(string chain, string? region, CancellationToken cancellationToken = default) =>
        await GetAsync(chain, region, asOf: null, cancellationToken);

    /// <param name="asOf">When set, only facts read from bulletins ingested up to this instant count.</param>
    public Task<ChainMap?> GetAsync(string chain, string? region, DateTimeOffset? asOf, CancellationToken cancellationToken = default) =>
        GetAsync(chain, region, asOf, CachePolicy.Use, cancellationToken);

    public async Task<ChainMap?> GetAsync(string chain, string? region, DateTimeOffset? asOf, CachePolicy policy, CancellationToken cancellationToken = default)
    {
        var def = catalogue.Find(chain);
        if (def is null)
        {
            return null;
        }

        var resolved = ResolveRegion(region);
        var version = await cache.VersionAsync(policy, cancellationToken);
        return await GetAsync(def, resolved, asOf, version, cancellationToken);
    }

    /// <summary>The map at a graph version already read (null: compute without the cache).</summary>
    internal Task<ChainMap> GetAsync(ChainDef def, Region? region, DateTimeOffset? asOf, long? version, CancellationToken cancellationToken) =>
        cache.GetOrComputeAsync(
            $"chainmap|{def.Name}|{region?.Code}|{asOf?.UtcTicks}",
            version,
            async ct =>
            {
                var rows = await cache.GetOrComputeAsync($"chainrows|{def.Name}|{asOf?.UtcTicks}", version, c => ReadAsync(def, asOf, c), ct);
                return ChainMapAssembler.Build(def, region, rows.Placements, rows.Links, rows.Neighbours) with { AsOf = asOf };
            },
            cancellationToken);

    /// <summary>
    /// Every placement of the chain in every region, the link edges of its achievements and unlocated entities, and the
    /// entities at their far ends: what any region's map of the chain is assembled from.
    /// </summary>
    private async Task<ChainRows> ReadAsync(ChainDef def, DateTimeOffset? asOf, CancellationToken cancellationToken)
    {
        IReadOnlyList<Placement> placements = await store.GetPlacementsAsync(def.Name, null, cancellationToken);
        var linkTargets = placements
            .Where(p => p.Kind == EntityKind.Achievement || p.RegionCode is null)
            .Select(p => p.EntityId)
            .ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<Relation> links = linkTargets.Count == 0
            ? []
            : await store.GetRelationsAsync(linkTargets, RelationDirection.Both, LinkKinds, cancellationToken);

        if (asOf is { } cutoff)
        {
            var filter = await AsOfFilter.LoadAsync(store, [.. placements.Select(p => p.RelationId), .. links.Select(r => r.Id)], cutoff, cancellationToken);
            placements = [.. placements.Where(p => filter.Keeps(p.RelationId))];
            links = [.. links.Where(r => filter.Keeps(r.Id))];
        }

        var located = LocatedInFallback.RegionsOf(links, gazetteer);
        placements = LocatedInFallback.Apply(placements, located);
        links = [.. links.Where(r => r.Kind != RelationKind.LocatedIn)];
        var neighbours = await NeighboursAsync(placements, links, located, cancellationToken);
        return new ChainRows(placements, links, neighbours);
    }

    internal Region? ResolveRegion(string? region) =>
        string.IsNullOrWhiteSpace(region) ? null : gazetteer.Resolve(region) ?? throw new UnknownRegionException(region);

    /// <summary>Region and name of every entity at the other end of a link edge: from the placements, else from the store.</summary>
    private async Task<Dictionary<string, Entity>> NeighboursAsync(
        IReadOnlyList<Placement> placements, IReadOnlyList<Relation> links, IReadOnlyDictionary<string, string> located, CancellationToken cancellationToken)
    {
        // Only link ends are ever looked up (region attribution, achievement links): a placement touching no link needs no entry.
        // Sized up front: grown one rehash at a time, these sets allocated about twice their final size on every map.
        var ends = new HashSet<string>(links.Count * 2, StringComparer.Ordinal);
        foreach (var r in links)
        {
            ends.Add(r.FromId);
            ends.Add(r.ToId);
        }

        var placed = new HashSet<string>(placements.Count, StringComparer.Ordinal);
        var known = new Dictionary<string, Entity>(StringComparer.Ordinal);
        foreach (var p in placements)
        {
            if (placed.Add(p.EntityId) && ends.Contains(p.EntityId))
            {
                known.Add(p.EntityId, new Entity(p.EntityId, p.Kind, p.Name) { RegionCode = p.RegionCode });
            }
        }

        // Only ends that can matter: who produced an achievement, or what an entity without region belongs to.
        var wanted = placements.Where(p => p.Kind == EntityKind.Achievement || p.RegionCode is null).Select(p => p.EntityId).ToHashSet(StringComparer.Ordinal);
        var missing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in links)
        {
            Want(r.FromId, r.ToId);
            Want(r.ToId, r.FromId);
        }

        void Want(string end, string other)
        {
            if (wanted.Contains(other) && !placed.Contains(end) && EntityIds.KindOf(end) is not (EntityKind.Person or EntityKind.Region))
            {
                missing.Add(end);
            }
        }
        if (missing.Count > 0)
        {
            foreach (var (id, entity) in await store.GetEntitySummariesAsync(missing, cancellationToken))
            {
                known[id] = entity.RegionCode is null && located.TryGetValue(id, out var code) ? entity with { RegionCode = code } : entity;
            }
        }

        return known;
    }
}

internal sealed record ChainRows(IReadOnlyList<Placement> Placements, IReadOnlyList<Relation> Links, IReadOnlyDictionary<string, Entity> Neighbours);

public sealed class UnknownRegionException(string region) : Exception($"Unknown region '{region}'.")
{
    public string Region { get; } = region;
}
