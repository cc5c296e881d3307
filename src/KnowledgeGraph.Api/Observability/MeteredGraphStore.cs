using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.Observability;

/// <summary>Counts every call into the registered store in <see cref="StoreCallMetrics"/>; each call is one round trip.</summary>
internal sealed class MeteredGraphStore(IGraphStore inner, StoreCallMetrics metrics) : IGraphStore
{
    public Task InitializeAsync(CancellationToken cancellationToken = default) => Count(nameof(InitializeAsync), inner.InitializeAsync(cancellationToken));

    public Task UpsertReferenceAsync(IReadOnlyList<Entity> entities, IReadOnlyList<Relation> relations, CancellationToken cancellationToken = default) =>
        Count(nameof(UpsertReferenceAsync), inner.UpsertReferenceAsync(entities, relations, cancellationToken));

    public Task CommitBulletinAsync(Bulletin bulletin, BulletinGraph graph, CancellationToken cancellationToken = default) =>
        Count(nameof(CommitBulletinAsync), inner.CommitBulletinAsync(bulletin, graph, cancellationToken));

    public Task CommitBulletinsAsync(IReadOnlyList<(Bulletin Bulletin, BulletinGraph Graph)> bulletins, CancellationToken cancellationToken = default) =>
        Count(nameof(CommitBulletinsAsync), inner.CommitBulletinsAsync(bulletins, cancellationToken));

    public Task SaveBulletinAsync(Bulletin bulletin, CancellationToken cancellationToken = default) =>
        Count(nameof(SaveBulletinAsync), inner.SaveBulletinAsync(bulletin, cancellationToken));

    public Task<Bulletin?> GetBulletinAsync(string id, CancellationToken cancellationToken = default) =>
        Count(nameof(GetBulletinAsync), inner.GetBulletinAsync(id, cancellationToken));

    public Task<IReadOnlyList<Bulletin>> GetBulletinsAsync(BulletinStatus? status = null, CancellationToken cancellationToken = default) =>
        Count(nameof(GetBulletinsAsync), inner.GetBulletinsAsync(status, cancellationToken));

    public Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> bulletinIds, CancellationToken cancellationToken = default) =>
        Count(nameof(GetArticlesAsync), inner.GetArticlesAsync(bulletinIds, cancellationToken));

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Count(nameof(GetEntitiesAsync), inner.GetEntitiesAsync(ids, cancellationToken));

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitySummariesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Count(nameof(GetEntitySummariesAsync), inner.GetEntitySummariesAsync(ids, cancellationToken));

    public Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default) =>
        Count(nameof(QueryEntitiesAsync), inner.QueryEntitiesAsync(query, cancellationToken));

    public Task<IReadOnlyList<Relation>> GetRelationsAsync(
        IReadOnlyCollection<string> entityIds, RelationDirection direction, IReadOnlyCollection<RelationKind>? kinds = null, CancellationToken cancellationToken = default) =>
        Count(nameof(GetRelationsAsync), inner.GetRelationsAsync(entityIds, direction, kinds, cancellationToken));

    public Task<IReadOnlyList<Mention>> GetMentionsAsync(IReadOnlyCollection<string> targetIds, CancellationToken cancellationToken = default) =>
        Count(nameof(GetMentionsAsync), inner.GetMentionsAsync(targetIds, cancellationToken));

    public Task<IReadOnlyList<QuantFact>> GetFactsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) =>
        Count(nameof(GetFactsAsync), inner.GetFactsAsync(entityIds, cancellationToken));

    public Task<IReadOnlyDictionary<string, int>> GetMentionCountsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Count(nameof(GetMentionCountsAsync), inner.GetMentionCountsAsync(ids, cancellationToken));

    public Task<IReadOnlyList<Placement>> GetPlacementsAsync(string chainName, string? regionPrefix, CancellationToken cancellationToken = default) =>
        Count(nameof(GetPlacementsAsync), inner.GetPlacementsAsync(chainName, regionPrefix, cancellationToken));

    public Task<IReadOnlyList<CoverageCell>> GetCoverageAsync(string chainName, CancellationToken cancellationToken = default) =>
        Count(nameof(GetCoverageAsync), inner.GetCoverageAsync(chainName, cancellationToken));

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        Count(nameof(GetStatsAsync), inner.GetStatsAsync(cancellationToken));

    public Task<long?> GetGraphVersionAsync(CancellationToken cancellationToken = default) =>
        Count(nameof(GetGraphVersionAsync), inner.GetGraphVersionAsync(cancellationToken));

    public Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default) =>
        Count(nameof(CheckHealthAsync), inner.CheckHealthAsync(cancellationToken));

    private T Count<T>(string method, T call)
    {
        metrics.Record(method);
        return call;
    }
}
