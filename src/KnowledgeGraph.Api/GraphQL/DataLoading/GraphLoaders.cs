using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.GraphQL.DataLoading;

/// <summary>An edge seen from one of its ends, with the node at the other end loaded.</summary>
internal sealed record Neighbour(Relation Relation, bool Outgoing, Entity Other);

/// <summary>
/// The request's loaders (scoped: one set per HTTP request). Every relation, mention, fact and entity-by-id field
/// goes through them, so a request costs at most one store call per loader per nesting level.
/// </summary>
internal sealed class GraphLoaders
{
    public GraphLoaders(IGraphStore store)
    {
        Entities = new BatchLoader<string, Entity?>(
            async (ids, ct) => (await store.GetEntitiesAsync(ids, ct)).ToDictionary(p => p.Key, p => (Entity?)p.Value, StringComparer.Ordinal),
            null);
        Relations = new BatchLoader<string, IReadOnlyList<Relation>>(
            async (ids, ct) => ByEnd(ids, await store.GetRelationsAsync(ids, RelationDirection.Both, null, ct)),
            []);
        Neighbours = new BatchLoader<string, IReadOnlyList<Neighbour>>(
            async (ids, ct) => await LoadNeighboursAsync(store, ids, ct),
            []);
        Mentions = new BatchLoader<string, IReadOnlyList<Mention>>(
            async (ids, ct) => Group(await store.GetMentionsAsync(ids, ct), m => m.TargetId),
            []);
        Facts = new BatchLoader<string, IReadOnlyList<QuantFact>>(
            async (ids, ct) => Group(await store.GetFactsAsync(ids, ct), f => f.EntityId),
            []);
        Articles = new BatchLoader<string, IReadOnlyList<Article>>(
            async (ids, ct) => Group(await store.GetArticlesAsync(ids, ct), a => a.BulletinId),
            []);
        Bulletins = new BatchLoader<string, Bulletin?>(
            async (_, ct) => (await store.GetBulletinsAsync(null, ct)).ToDictionary(b => b.Id, b => (Bulletin?)b, StringComparer.Ordinal),
            null);
    }

    public BatchLoader<string, Entity?> Entities { get; }

    /// <summary>Every edge touching the entity, both directions; fields filter by type and direction in memory.</summary>
    public BatchLoader<string, IReadOnlyList<Relation>> Relations { get; }

    /// <summary>Edges touching the entity with the other end loaded in the same batch (two store calls per level).</summary>
    public BatchLoader<string, IReadOnlyList<Neighbour>> Neighbours { get; }

    public BatchLoader<string, IReadOnlyList<Mention>> Mentions { get; }

    public BatchLoader<string, IReadOnlyList<QuantFact>> Facts { get; }

    public BatchLoader<string, IReadOnlyList<Article>> Articles { get; }

    /// <summary>Bulletins are few (one per issue), so one call fetches them all for the request.</summary>
    public BatchLoader<string, Bulletin?> Bulletins { get; }

    private static async Task<IReadOnlyDictionary<string, IReadOnlyList<Neighbour>>> LoadNeighboursAsync(
        IGraphStore store, IReadOnlyCollection<string> ids, CancellationToken cancellationToken)
    {
        var relations = await store.GetRelationsAsync(ids, RelationDirection.Both, null, cancellationToken);
        var wanted = new HashSet<string>(ids, StringComparer.Ordinal);
        var others = relations.SelectMany(r => new[] { r.FromId, r.ToId }).Distinct(StringComparer.Ordinal).ToArray();
        var entities = others.Length == 0 ? new Dictionary<string, Entity>() : await store.GetEntitiesAsync(others, cancellationToken);
        var result = new Dictionary<string, List<Neighbour>>(StringComparer.Ordinal);
        foreach (var relation in relations)
        {
            if (wanted.Contains(relation.FromId) && entities.TryGetValue(relation.ToId, out var to))
            {
                Add(result, relation.FromId, new Neighbour(relation, true, to));
            }

            if (wanted.Contains(relation.ToId) && entities.TryGetValue(relation.FromId, out var from))
            {
                Add(result, relation.ToId, new Neighbour(relation, false, from));
            }
        }

        return result.ToDictionary(p => p.Key, p => (IReadOnlyList<Neighbour>)p.Value, StringComparer.Ordinal);
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<Relation>> ByEnd(IReadOnlyCollection<string> ids, IReadOnlyList<Relation> relations)
    {
        var wanted = new HashSet<string>(ids, StringComparer.Ordinal);
        var result = new Dictionary<string, List<Relation>>(StringComparer.Ordinal);
        foreach (var relation in relations)
        {
            if (wanted.Contains(relation.FromId))
            {
                Add(result, relation.FromId, relation);
            }

            if (wanted.Contains(relation.ToId) && !string.Equals(relation.ToId, relation.FromId, StringComparison.Ordinal))
            {
                Add(result, relation.ToId, relation);
            }
        }

        return result.ToDictionary(p => p.Key, p => (IReadOnlyList<Relation>)p.Value, StringComparer.Ordinal);
    }

    private static IReadOnlyDictionary<string, IReadOnlyList<T>> Group<T>(IEnumerable<T> items, Func<T, string> key) =>
        items.GroupBy(key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<T>)[.. g], StringComparer.Ordinal);

    private static void Add<T>(Dictionary<string, List<T>> map, string key, T item)
    {
        if (!map.TryGetValue(key, out var list))
        {
            map[key] = list = [];
        }

        list.Add(item);
    }
}
