using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Keys;

/// <summary><see cref="EdgeKey.TryParse"/> as an SQL function, for the upgrade that numbers ids no row holds.</summary>
internal static class EdgeKeyFunction
{
    public const string Name = "kg_is_edge_id";

    public static void Register(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.CreateFunction<string?, int>(Name, id => id is not null && EdgeKey.TryParse(id, out _) ? 1 : 0, isDeterministic: true);
    }
}
