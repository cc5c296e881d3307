using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>
/// Questions <see cref="SqliteSchema.ApplyAsync"/> asks of a file before upgrading it: which version's shape it has
/// (a table where a view now stands, a column, an older view). Each is a count over the file's own catalogue.
/// </summary>
internal static class SchemaProbes
{
    /// <summary>True when <paramref name="name"/> is a table: the names of tables that later versions made views.</summary>
    public static Task<bool> IsTableAsync(SqliteConnection connection, SqliteTransaction transaction, string name, CancellationToken cancellationToken) =>
        AnyAsync(connection, transaction, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name", cancellationToken, ("$name", name));

    public static Task<bool> IsViewAsync(SqliteConnection connection, SqliteTransaction transaction, string name, CancellationToken cancellationToken) =>
        AnyAsync(connection, transaction, "SELECT count(*) FROM sqlite_master WHERE type = 'view' AND name = $name", cancellationToken, ("$name", name));

    /// <summary>True when <paramref name="table"/> exists and <paramref name="column"/> is its INTEGER PRIMARY KEY (or part of its key).</summary>
    public static Task<bool> IsKeyColumnAsync(SqliteConnection connection, SqliteTransaction transaction, string table, string column, CancellationToken cancellationToken) =>
        AnyAsync(connection, transaction, "SELECT count(*) FROM pragma_table_info($table) WHERE name = $column AND pk > 0", cancellationToken, ("$table", table), ("$column", column));

    public static Task<bool> RelationsHaveIdAsync(SqliteConnection connection, SqliteTransaction transaction, CancellationToken cancellationToken) =>
        HasColumnAsync(connection, transaction, "relations", "id", cancellationToken);

    public static Task<bool> HasColumnAsync(SqliteConnection connection, SqliteTransaction transaction, string table, string column, CancellationToken cancellationToken) =>
        AnyAsync(connection, transaction, "SELECT count(*) FROM pragma_table_info($table) WHERE name = $column", cancellationToken, ("$table", table), ("$column", column));

    private static async Task<bool> AnyAsync(SqliteConnection connection, SqliteTransaction transaction, string countSql, CancellationToken cancellationToken, params (string Name, string Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // constant SQL; values are bound
        command.CommandText = countSql;
#pragma warning restore CA2100
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))! > 0;
    }
}
