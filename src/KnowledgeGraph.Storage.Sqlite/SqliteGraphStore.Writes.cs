using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Storage.Sqlite.Reading;
using KnowledgeGraph.Storage.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    private const string UpsertBulletinSql = """
        INSERT INTO bulletins (id, name, status, received_at, title, error, ingested_at, articles, entities, relations, size_bytes, encoding)
        VALUES ($id, $name, $status, $received, $title, $error, $ingested, $articles, $entities, $relations, $size, $encoding)
        ON CONFLICT (id) DO UPDATE SET
            name = excluded.name, status = excluded.status, received_at = excluded.received_at, title = excluded.title,
            error = excluded.error, ingested_at = excluded.ingested_at, articles = excluded.articles,
            entities = excluded.entities, relations = excluded.relations, size_bytes = excluded.size_bytes,
            encoding = excluded.encoding
        """;

    public Task UpsertReferenceAsync(IReadOnlyList<Entity> entities, IReadOnlyList<Relation> relations, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(relations);
        return WriteAsync(
            (connection, transaction) =>
            {
                using var writer = new GraphWriter(connection, transaction, recentMentionRows);
                writer.WriteEntities(entities, seenTicks: null);
                writer.WriteRelations(relations);
                writer.Complete();
            },
            cancellationToken);
    }

    public Task CommitBulletinAsync(Bulletin bulletin, BulletinGraph graph, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        ArgumentNullException.ThrowIfNull(graph);
        return CommitBulletinsAsync([(bulletin, graph)], cancellationToken);
    }

    /// <summary>
    /// All bulletins in one transaction with one set of prepared statements: a page that several bulletins touch
    /// (a busy region's mention range, the top of an index) goes to the WAL once per group instead of once per bulletin.
    /// </summary>
    public Task CommitBulletinsAsync(IReadOnlyList<(Bulletin Bulletin, BulletinGraph Graph)> bulletins, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bulletins);
        if (bulletins.Count == 0)
        {
            return Task.CompletedTask;
        }

        return WriteAsync(
            (connection, transaction) =>
            {
                using var writer = new GraphWriter(connection, transaction, recentMentionRows);
                foreach (var (bulletin, graph) in bulletins)
                {
                    ArgumentNullException.ThrowIfNull(bulletin);
                    ArgumentNullException.ThrowIfNull(graph);
                    Commit(connection, transaction, writer, bulletin, graph, cancellationToken);
                }

                writer.Complete();
            },
            cancellationToken);
    }

    public Task SaveBulletinAsync(Bulletin bulletin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bulletin);
        return WriteAsync((connection, transaction) => UpsertBulletin(connection, transaction, bulletin), cancellationToken);
    }

    private void Commit(SqliteConnection connection, SqliteTransaction transaction, GraphWriter writer, Bulletin bulletin, BulletinGraph graph, CancellationToken cancellationToken)
    {
        // A re-commit keeps the first ingestion time, so FirstSeen and the bulletin row do not move.
        var ingestedAt = ExistingIngestedAt(connection, transaction, bulletin.Id)
            ?? bulletin.IngestedAt
            ?? time.GetUtcNow();
        writer.WriteArticles(graph.Articles);
        cancellationToken.ThrowIfCancellationRequested();
        writer.WriteEntities(graph.Entities, Rows.Ticks(ingestedAt));
        cancellationToken.ThrowIfCancellationRequested();
        writer.WriteRelations(graph.Relations);
        cancellationToken.ThrowIfCancellationRequested();
        writer.WriteMentions(graph.Mentions);
        writer.WriteFacts(graph.Facts);
        var row = bulletin with
        {
            Status = BulletinStatus.Ingested,
            Error = null,
            IngestedAt = ingestedAt,
            Articles = graph.Articles.Count,
            Entities = graph.Entities.Count,
            Relations = graph.Relations.Count,
        };
        UpsertBulletin(connection, transaction, row);
    }

    private static DateTimeOffset? ExistingIngestedAt(SqliteConnection connection, SqliteTransaction transaction, string bulletinId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT ingested_at FROM bulletins WHERE id = $id AND status = 'Ingested' AND ingested_at IS NOT NULL";
        command.Parameters.AddWithValue("$id", bulletinId);
        return command.ExecuteScalar() is long ticks ? Rows.Time(ticks) : null;
    }

    private static void UpsertBulletin(SqliteConnection connection, SqliteTransaction transaction, Bulletin b)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = UpsertBulletinSql;
        var p = command.Parameters;
        p.AddWithValue("$id", b.Id);
        p.AddWithValue("$name", b.Name);
        p.AddWithValue("$status", b.Status.ToString());
        p.AddWithValue("$received", Rows.Ticks(b.ReceivedAt));
        p.AddWithValue("$title", (object?)b.Title ?? DBNull.Value);
        p.AddWithValue("$error", (object?)b.Error ?? DBNull.Value);
        p.AddWithValue("$ingested", b.IngestedAt is { } at ? Rows.Ticks(at) : DBNull.Value);
        p.AddWithValue("$articles", b.Articles);
        p.AddWithValue("$entities", b.Entities);
        p.AddWithValue("$relations", b.Relations);
        p.AddWithValue("$size", b.SizeBytes);
        p.AddWithValue("$encoding", (object?)b.Encoding ?? DBNull.Value);
        command.ExecuteNonQuery();
    }
}
