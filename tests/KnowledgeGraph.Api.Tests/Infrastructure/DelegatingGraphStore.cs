using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>The real store behind it for every call; a test store overrides only the commits it changes.</summary>
internal abstract class DelegatingGraphStore(IGraphStore inner) : IGraphStore
{
    public virtual Task CommitBulletinAsync(Bulletin bulletin, BulletinGraph graph, CancellationToken cancellationToken = default) =>
        inner.CommitBulletinAsync(bulletin, graph, cancellationToken);

    public virtual Task CommitBulletinsAsync(IReadOnlyList<(Bulletin Bulletin, BulletinGraph Graph)> bulletins, CancellationToken cancellationToken = default) =>
        inner.CommitBulletinsAsync(bulletins, cancellationToken);

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    public Task UpsertReferenceAsync(IReadOnlyList<Entity> entities, IReadOnlyList<Relation> relations, CancellationToken cancellationToken = default) =>
        inner.UpsertReferenceAsync(entities, relations, cancellationToken);

    public Task SaveBulletinAsync(Bulletin bulletin, CancellationToken cancellationToken = default) => inner.SaveBulletinAsync(bulletin, cancellationToken);

    public Task<Bulletin?> GetBulletinAsync(string id, CancellationToken cancellationToken = default) => inner.GetBulletinAsync(id, cancellationToken);

    public Task<IReadOnlyList<Bulletin>> GetBulletinsAsync(BulletinStatus? status = null, CancellationToken cancellationToken = default) =>
        inner.GetBulletinsAsync(status, cancellationToken);

    public Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> bulletinIds, CancellationToken cancellationToken = default) =>
        inner.GetArticlesAsync(bulletinIds, cancellationToken);

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        inner.GetEntitiesAsync(ids, cancellationToken);

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitySummariesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        inner.GetEntitySummariesAsync(ids, cancellationToken);

    public Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) => inner.QueryEntitiesAsync(query, cancellationToken);

    public Task<IReadOnlyList<Relation>> GetRelationsAsync(
        IReadOnlyCollection<string> entityIds, RelationDirection direction, IReadOnlyCollection<RelationKind>? kinds = null, CancellationToken cancellationToken = default) =>
        inner.GetRelationsAsync(entityIds, direction, kinds, cancellationToken);

    public Task<IReadOnlyList<Mention>> GetMentionsAsync(IReadOnlyCollection<string> targetIds, CancellationToken cancellationToken = default) =>
        inner.GetMentionsAsync(targetIds, cancellationToken);

    public Task<IReadOnlyList<QuantFact>> GetFactsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) =>
        inner.GetFactsAsync(entityIds, cancellationToken);

    public Task<IReadOnlyList<Placement>> GetPlacementsAsync(string chainName, string? regionPrefix, CancellationToken cancellationToken = default) =>
        inner.GetPlacementsAsync(chainName, regionPrefix, cancellationToken);

    public Task<IReadOnlyList<CoverageCell>> GetCoverageAsync(string chainName, CancellationToken cancellationToken = default) =>
        inner.GetCoverageAsync(chainName, cancellationToken);

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) => inner.GetStatsAsync(cancellationToken);

    public Task<long?> GetGraphVersionAsync(CancellationToken cancellationToken = default) => inner.GetGraphVersionAsync(cancellationToken);

    public Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default) => inner.CheckHealthAsync(cancellationToken);
}
