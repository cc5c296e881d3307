using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Storage.Neo4j.Rows;

namespace KnowledgeGraph.Storage.Neo4j;

internal sealed partial class Neo4jGraphStore
{
    private static readonly List<Dictionary<string, object?>> NoRows = [];

    public async Task UpsertReferenceAsync(IReadOnlyList<Entity> entities, IReadOnlyList<Relation> relations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(relations);
        // Reference data is idempotent by key, so each batch commits on its own.
        var batch = options.Value.BatchSize;
        foreach (var chunk in entities.Select(GraphRows.Entity).Chunk(batch))
        {
            await UpsertAsync(new GraphBatch { Entities = [.. chunk] }, cancellationToken).ConfigureAwait(false);
        }

        foreach (var chunk in relations.Select(GraphRows.Relation).Chunk(batch))
        {
            await UpsertAsync(new GraphBatch { Relations = [.. chunk] }, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Up to MaxRowsPerStatement rows: ONE statement, so graph and bulletin row commit atomically. Larger graphs go
    /// in BatchSize parts without the bulletin, then one last statement writes the bulletin as Ingested: a crash in
    /// between leaves the bulletin not Ingested (the worker re-runs it) and the MERGEs make the re-run idempotent.
    /// </summary>
    public async Task CommitBulletinAsync(Bulletin bulletin, BulletinGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        ArgumentNullException.ThrowIfNull(graph);

        // A re-commit keeps the first ingestion time, so FirstSeen and the bulletin row do not move.
        var existing = await GetBulletinAsync(bulletin.Id, cancellationToken).ConfigureAwait(false);
        var ingestedAt = (existing is { Status: BulletinStatus.Ingested } ? existing.IngestedAt : null)
            ?? bulletin.IngestedAt
            ?? time.GetUtcNow();
        var row = GraphRows.Bulletin(bulletin with
        {
            Status = BulletinStatus.Ingested,
            Error = null,
            IngestedAt = ingestedAt,
            Articles = graph.Articles.Count,
            Entities = graph.Entities.Count,
            Relations = graph.Relations.Count,
        });
        var all = new GraphBatch
        {
            Entities = [.. graph.Entities.Select(GraphRows.Entity)],
            Relations = [.. graph.Relations.Select(GraphRows.Relation)],
            Articles = [.. graph.Articles.Select(GraphRows.Article)],
            Mentions = [.. graph.Mentions.Select(GraphRows.Mention)],
            Facts = [.. graph.Facts.Select(GraphRows.Fact)],
            Seen = ingestedAt,
        };

        var o = options.Value;
        if (all.RowCount <= o.MaxRowsPerStatement)
        {
            await UpsertAsync(all with { Bulletin = row }, cancellationToken).ConfigureAwait(false);
            return;
        }

        foreach (var part in all.Split(o.BatchSize))
        {
            await UpsertAsync(part with { Seen = ingestedAt }, cancellationToken).ConfigureAwait(false);
        }

        await UpsertAsync(new GraphBatch { Bulletin = row, Seen = ingestedAt }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// One bulletin after the other: each is already one UNWIND statement (one round trip) carrying its own first-seen
    /// time, and the transaction cost a group would save on SQLite is not where Neo4j spends its time.
    /// </summary>
    public async Task CommitBulletinsAsync(IReadOnlyList<(Bulletin Bulletin, BulletinGraph Graph)> bulletins, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bulletins);
        foreach (var (bulletin, graph) in bulletins)
        {
            await CommitBulletinAsync(bulletin, graph, cancellationToken).ConfigureAwait(false);
        }
    }

    public Task SaveBulletinAsync(Bulletin bulletin, CancellationToken cancellationToken = default) =>
        WriteAsync("save-bulletin", new() { ["bulletin"] = GraphRows.Bulletin(bulletin) }, cancellationToken);

    private Task UpsertAsync(GraphBatch batch, CancellationToken cancellationToken) =>
        WriteAsync(
            "upsert-graph",
            new()
            {
                ["entities"] = batch.Entities,
                ["relations"] = batch.Relations,
                ["articles"] = batch.Articles,
                ["mentions"] = batch.Mentions,
                ["facts"] = batch.Facts,
                ["bulletin"] = batch.Bulletin,
                ["seen"] = batch.Seen,
            },
            cancellationToken);

    /// <summary>The parameter lists of one upsert-graph.cypher call.</summary>
    private sealed record GraphBatch
    {
        public List<Dictionary<string, object?>> Entities { get; init; } = NoRows;
        public List<Dictionary<string, object?>> Relations { get; init; } = NoRows;
        public List<Dictionary<string, object?>> Articles { get; init; } = NoRows;
        public List<Dictionary<string, object?>> Mentions { get; init; } = NoRows;
        public List<Dictionary<string, object?>> Facts { get; init; } = NoRows;
        public Dictionary<string, object?>? Bulletin { get; init; }

        /// <summary>Ingestion time of the bulletin: the entities' FirstSeen candidate (null for reference data).</summary>
        public DateTimeOffset? Seen { get; init; }

        public int RowCount => Entities.Count + Relations.Count + Articles.Count + Mentions.Count + Facts.Count;

        /// <summary>Parts of at most <paramref name="size"/> rows, in the order a single statement writes them.</summary>
        public IEnumerable<GraphBatch> Split(int size)
        {
            foreach (var chunk in Entities.Chunk(size))
            {
                yield return new GraphBatch { Entities = [.. chunk] };
            }

            foreach (var chunk in Relations.Chunk(size))
            {
                yield return new GraphBatch { Relations = [.. chunk] };
            }

            foreach (var chunk in Articles.Chunk(size))
            {
                yield return new GraphBatch { Articles = [.. chunk] };
            }

            foreach (var chunk in Mentions.Chunk(size))
            {
                yield return new GraphBatch { Mentions = [.. chunk] };
            }

            foreach (var chunk in Facts.Chunk(size))
            {
                yield return new GraphBatch { Facts = [.. chunk] };
            }
        }
    }
}
