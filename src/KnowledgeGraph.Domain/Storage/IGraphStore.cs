using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Storage;

/// <summary>
/// The graph store port. Implemented by the embedded SQLite store and the Neo4j store; both must pass the
/// same contract suite (tests/KnowledgeGraph.Storage.Tests). Batch methods take many ids so the GraphQL
/// DataLoaders cost one round trip per nesting level.
/// </summary>
public interface IGraphStore
{
    /// <summary>Creates schema, indexes and constraints; idempotent, safe on every start.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);

    /// <summary>Upserts reference data that no bulletin carries (chain catalogue, SUPPLIES edges, regions).</summary>
    Task UpsertReferenceAsync(IReadOnlyList<Entity> entities, IReadOnlyList<Relation> relations, CancellationToken cancellationToken = default);

    /// <summary>
    /// In one transaction: upserts the graph (entities merged by id with aliases unioned, relations by id,
    /// mentions and facts by key) and writes the bulletin row as <see cref="BulletinStatus.Ingested"/>.
    /// Committing the same bulletin again changes nothing.
    /// </summary>
    Task CommitBulletinAsync(Bulletin bulletin, BulletinGraph graph, CancellationToken cancellationToken = default);

    /// <summary>
    /// Commits several bulletins as <see cref="CommitBulletinAsync"/> would, in order, so a stream of bulletins pays for
    /// one transaction per group instead of one per bulletin. A store that groups them commits all or none; one that
    /// commits them one by one may leave some in after a failure, and committing them again changes nothing. Callers
    /// retry the members one by one when the group fails. No default: a decorator that forgot to forward it would
    /// silently turn every group into single commits.
    /// </summary>
    Task CommitBulletinsAsync(IReadOnlyList<(Bulletin Bulletin, BulletinGraph Graph)> bulletins, CancellationToken cancellationToken = default);

    /// <summary>Records a bulletin that carries no graph (failed, duplicate, pending).</summary>
    Task SaveBulletinAsync(Bulletin bulletin, CancellationToken cancellationToken = default);

    Task<Bulletin?> GetBulletinAsync(string id, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Bulletin>> GetBulletinsAsync(BulletinStatus? status = null, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> bulletinIds, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>
    /// Id, kind, name and region of each entity found; other fields may be left empty. What a chain map needs of the
    /// hundreds of entities at the far ends of its link edges: a store that can read that much more cheaply says so here.
    /// </summary>
    Task<IReadOnlyDictionary<string, Entity>> GetEntitySummariesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        GetEntitiesAsync(ids, cancellationToken);

    Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default);

    /// <summary>Edges touching any of <paramref name="entityIds"/> in the given direction, optionally of some kinds only.</summary>
    Task<IReadOnlyList<Relation>> GetRelationsAsync(
        IReadOnlyCollection<string> entityIds,
        RelationDirection direction,
        IReadOnlyCollection<RelationKind>? kinds = null,
        CancellationToken cancellationToken = default);

    /// <summary>Mentions of nodes or edges (target id is an entity id or a relation id).</summary>
    Task<IReadOnlyList<Mention>> GetMentionsAsync(IReadOnlyCollection<string> targetIds, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<QuantFact>> GetFactsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default);

    /// <summary>
    /// How many mentions each node has across all bulletins (how well attested it is; ranks 补链 suggestions). Ids
    /// that are not nodes are left out. Apart from placements because it is the one thing about a placed node that
    /// every commit may change: a chain map, which does not need it, can then be read without looking up each node.
    /// </summary>
    async Task<IReadOnlyDictionary<string, int>> GetMentionCountsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        (await GetEntitiesAsync(ids, cancellationToken).ConfigureAwait(false)).ToDictionary(p => p.Key, p => p.Value.MentionCount, StringComparer.Ordinal);

    /// <summary>
    /// Every entity attached to the chain (SERVES, OPERATES_IN, SUPPORTS, FUNDS, PRODUCED-for … an edge to one of its
    /// segments or to the chain itself), optionally only those whose region code starts with <paramref name="regionPrefix"/>.
    /// </summary>
    Task<IReadOnlyList<Placement>> GetPlacementsAsync(string chainName, string? regionPrefix, CancellationToken cancellationToken = default);

    /// <summary>Counts of placed entities per segment × region code × kind for the whole chain (all regions).</summary>
    Task<IReadOnlyList<CoverageCell>> GetCoverageAsync(string chainName, CancellationToken cancellationToken = default);

    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// A number that changes with every committed write, whoever wrote it (another process included), and never comes
    /// back to an earlier value for the same data file or database. Answers derived from the graph may be cached under
    /// it. Null when the store cannot tell: then nothing may be cached. One cheap read.
    /// </summary>
    Task<long?> GetGraphVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>Cheap reachability probe for health checks; never throws.</summary>
    Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default);
}

public enum RelationDirection
{
    Outgoing,
    Incoming,
    Both,
}

public sealed record StoreHealth(bool Healthy, string Description);
