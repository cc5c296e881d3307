using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Storage.Sqlite.Reading;

namespace KnowledgeGraph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    public async Task<Bulletin?> GetBulletinAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var found = await ReadAsync(
            async connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT {Rows.BulletinColumns} FROM bulletins b WHERE b.id = $id";
                command.Parameters.AddWithValue("$id", id);
                return await command.ReadListAsync(Rows.Bulletin, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public Task<IReadOnlyList<Bulletin>> GetBulletinsAsync(BulletinStatus? status = null, CancellationToken cancellationToken = default) =>
        ReadAsync(
            async connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"""
                    SELECT {Rows.BulletinColumns} FROM bulletins b
                     WHERE $status IS NULL OR b.status = $status
                     ORDER BY b.received_at, b.id
                    """;
                command.Parameters.AddWithValue("$status", status is { } s ? s.ToString() : DBNull.Value);
                return await command.ReadListAsync(Rows.Bulletin, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);

    public Task<IReadOnlyList<Article>> GetArticlesAsync(IReadOnlyCollection<string> bulletinIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bulletinIds);
        if (bulletinIds.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<Article>>([]);
        }

        return ReadAsync(
            async connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = """
                    SELECT a.bulletin_id, a.article_index, a.title, a.start, a."end", a.sentence_count FROM articles a
                     WHERE a.bulletin_id IN (SELECT value FROM json_each($ids))
                     ORDER BY a.bulletin_id, a.article_index
                    """;
                command.Parameters.AddWithValue("$ids", StoredJson.Array(bulletinIds));
                return await command.ReadListAsync(Rows.Article, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }
}
