using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>
/// A canonical, sorted dump of what a SQLite store holds: entity ids with aliases, relation ids, mention keys, fact
/// keys, articles and bulletin rows (name + status, no timestamps). Two dumps are equal iff the graphs are.
/// </summary>
internal static class GraphDump
{
    private static readonly string[] Queries =
    [
        "SELECT 'entity ' || id FROM entities",
        "SELECT 'alias ' || entity_id || ' ' || alias FROM aliases",
        "SELECT 'relation ' || from_id || '|' || kind || '|' || to_id FROM relation_ids",
        "SELECT 'mention ' || key || ' ' || target_id FROM mentions",
        "SELECT 'fact ' || key FROM facts",
        "SELECT 'article ' || bulletin_id || ' ' || article_index || ' ' || title FROM articles",
        "SELECT 'bulletin ' || id || ' ' || name || ' ' || status FROM bulletins",
    ];

    public static async Task<List<string>> ReadAsync(string databasePath)
    {
        var rows = new List<string>();
        var connection = new SqliteConnectionStringBuilder { DataSource = databasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        await using var db = new SqliteConnection(connection.ToString());
        await db.OpenAsync();
        foreach (var sql in Queries)
        {
            await using var command = db.CreateCommand();
            command.CommandText = sql;
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(reader.GetString(0));
            }
        }

        rows.Sort(StringComparer.Ordinal);
        return rows;
    }
}
