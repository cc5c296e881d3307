using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Neo4j.Paging;
using KnowledgeGraph.Storage.Neo4j.Rows;
using KnowledgeGraph.Storage.Neo4j.Search;

namespace KnowledgeGraph.Storage.Neo4j;

internal sealed partial class Neo4jGraphStore
{
    /// <summary>Relationship types that place an entity on a chain: the list every store shares.</summary>
    private static readonly List<string> PlacementTypes = [.. PlacementKinds.All.Select(k => k.Code()).Order(StringComparer.Ordinal)];

    public async Task<Bulletin?> GetBulletinAsync(string id, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync("get-bulletin", new() { ["id"] = id }, cancellationToken).ConfigureAwait(false);
        return result.Records.Select(r => RecordMapping.Bulletin(r.Map("bulletin"))).FirstOrDefault();
    }

    public async Task<IReadOnlyList<Bulletin>> GetBulletinsAsync(BulletinStatus? status = null, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync("list-bulletins", new() { ["status"] = status?.ToString() }, cancellationToken).ConfigureAwait(false);
        return [.. result.Records.Select(r => RecordMapping.Bulletin(r.Map("bulletin")))];
    }

    public async Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> bulletinIds, CancellationToken cancellationToken = default)
    {
        if (bulletinIds.Count == 0)
        {
            return [];
        }

        var result = await ReadAsync("get-articles", new() { ["bulletinIds"] = bulletinIds.Distinct().ToList() }, cancellationToken).ConfigureAwait(false);
        return [.. result.Records.Select(r => RecordMapping.Article(r.Map("article")))];
    }

    public async Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        if (ids.Count == 0)
        {
            return new Dictionary<string, Entity>();
        }

        var result = await ReadAsync("get-entities", new() { ["ids"] = ids.Distinct().ToList() }, cancellationToken).ConfigureAwait(false);
        return result.Records.Select(r => RecordMapping.Entity(r.Map("entity"))).ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public async Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var offset = OffsetCursor.Decode(query.After, query.Sort, query.Descending);
        var first = Math.Clamp(query.First, 1, EntityQuery.MaxPageSize);
        var text = FullTextQuery.Parse(query.Text);
        var result = await ReadAsync(
            "query-entities",
            new()
            {
                ["textQuery"] = text.Lucene,
                ["terms"] = text.Terms,
                ["kinds"] = query.Kinds is { Count: > 0 } kinds ? kinds.Select(k => k.ToString()).ToList() : null,
                ["regionPrefix"] = Blank(query.RegionPrefix),
                ["level"] = Blank(query.Level),
                ["nameContains"] = Blank(query.NameContains),
                ["segmentId"] = Blank(query.SegmentId),
                ["chainId"] = Blank(query.Chain) is { } chain ? EntityIds.Chain(chain) : null,
                ["placementTypes"] = PlacementTypes,
                ["sort"] = query.Sort.ToString(),
                ["descending"] = query.Descending,
                ["skip"] = offset,
                ["limit"] = first,
            },
            cancellationToken).ConfigureAwait(false);

        var row = result.Single();
        var page = row.List("page").OfType<IReadOnlyDictionary<string, object?>>().Select(RecordMapping.Entity).ToList();
        var items = page.Take(first).ToList();
        var cursors = items.Select((_, i) => OffsetCursor.Encode(query.Sort, query.Descending, offset + i + 1)).ToList();
        return new Page<Entity>(items, (int)row.Int64("total"), page.Count > first, cursors.LastOrDefault())
        {
            Cursors = cursors,
            HasPreviousPage = offset > 0,
        };
    }

    public async Task<IReadOnlyList<Relation>> GetRelationsAsync(
        IReadOnlyCollection<string> entityIds,
        RelationDirection direction,
        IReadOnlyCollection<RelationKind>? kinds = null,
        CancellationToken cancellationToken = default)
    {
        if (entityIds.Count == 0 || kinds is { Count: 0 })
        {
            return [];
        }

        var result = await ReadAsync(
            "get-relations",
            new()
            {
                ["ids"] = entityIds.Distinct().ToList(),
                ["direction"] = direction.ToString(),
                ["types"] = kinds?.Select(k => k.Code()).ToList(),
            },
            cancellationToken).ConfigureAwait(false);
        return [.. result.Records.Select(r => RecordMapping.Relation(r.String("fromId")!, r.String("type")!, r.String("toId")!, r.Map("props")))];
    }

    public async Task<IReadOnlyList<Mention>> GetMentionsAsync(IReadOnlyCollection<string> targetIds, CancellationToken cancellationToken = default)
    {
        if (targetIds.Count == 0)
        {
            return [];
        }

        var result = await ReadAsync("get-mentions", new() { ["targetIds"] = targetIds.Distinct().ToList() }, cancellationToken).ConfigureAwait(false);
        return [.. result.Records.Select(r => RecordMapping.Mention(r.Map("mention")))];
    }

    public async Task<IReadOnlyList<QuantFact>> GetFactsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default)
    {
        if (entityIds.Count == 0)
        {
            return [];
        }

        var result = await ReadAsync("get-facts", new() { ["entityIds"] = entityIds.Distinct().ToList() }, cancellationToken).ConfigureAwait(false);
        return [.. result.Records.Select(r => RecordMapping.Fact(r.Map("fact")))];
    }

    public async Task<IReadOnlyList<Placement>> GetPlacementsAsync(string chainName, string? regionPrefix, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(
            "placements",
            new()
            {
                ["chainId"] = EntityIds.Chain(chainName),
                ["placementTypes"] = PlacementTypes,
                ["regionPrefix"] = Blank(regionPrefix),
            },
            cancellationToken).ConfigureAwait(false);
        return [.. result.Records.Select(RecordMapping.Placement)];
    }

    public async Task<IReadOnlyList<CoverageCell>> GetCoverageAsync(string chainName, CancellationToken cancellationToken = default)
    {
        var result = await ReadAsync(
            "coverage",
            new() { ["chainId"] = EntityIds.Chain(chainName), ["placementTypes"] = PlacementTypes },
            cancellationToken).ConfigureAwait(false);
        return [.. result.Records.Select(r => new CoverageCell(
            r.String("segmentId")!, r.String("regionCode"), Enum.Parse<EntityKind>(r.String("kind")!), (int)r.Int64("count")))];
    }

    /// <summary>
    /// Null: Neo4j has no counter that every write bumps in its own transaction (other writers, Browser and Bloom
    /// users included), so nothing derived from the graph is cached on this store.
    /// </summary>
    public Task<long?> GetGraphVersionAsync(CancellationToken cancellationToken = default) => Task.FromResult<long?>(null);

    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        var row = (await ReadAsync("stats", [], cancellationToken).ConfigureAwait(false)).Single();
        var byKind = row.List("entitiesByKind").OfType<IReadOnlyDictionary<string, object?>>()
            .Where(m => Enum.TryParse<EntityKind>(m["kind"] as string, out _))
            .ToDictionary(m => Enum.Parse<EntityKind>((string)m["kind"]!), m => (int)(long)m["count"]!);
        var byType = row.List("relationsByType").OfType<IReadOnlyDictionary<string, object?>>()
            .Where(m => RelationKinds.TryParse((string)m["type"]!, out _))
            .ToDictionary(m => RelationKinds.Parse((string)m["type"]!), m => (int)(long)m["count"]!);
        return new GraphStats(
            byKind.Values.Sum(),
            byType.Values.Sum(),
            (int)row.Int64("mentions"),
            (int)row.Int64("bulletins"),
            byKind,
            byType);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
