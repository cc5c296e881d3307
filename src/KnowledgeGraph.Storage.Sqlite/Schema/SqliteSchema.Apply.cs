using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>How a file, new or written by any earlier version, comes to hold <see cref="Ddl"/>, in one transaction.</summary>
internal static partial class SqliteSchema
{
    /// <param name="pageSize">Used only when the file is new: once it holds a page, SQLite keeps the size it was made with.</param>
    public static async Task ApplyAsync(SqliteConnection connection, int pageSize, CancellationToken cancellationToken)
    {
        // Before journal_mode: switching to WAL writes the file's first page, which fixes its page size.
        await ExecuteAsync(connection, null, $"PRAGMA page_size = {pageSize.ToString(CultureInfo.InvariantCulture)};", cancellationToken).ConfigureAwait(false);
        // journal_mode cannot change inside a transaction, and WAL is persistent in the file once set.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);

        using var transaction = connection.BeginTransaction(deferred: false);
        var upgradeMentions = await SchemaProbes.IsTableAsync(connection, transaction, "mentions", cancellationToken).ConfigureAwait(false);
        if (upgradeMentions)
        {
            // Version 1 kept one wide row per mention; moved aside so the view can take the name.
            await ExecuteAsync(connection, transaction, "ALTER TABLE mentions RENAME TO mentions_v1;", cancellationToken).ConfigureAwait(false);
        }

        var upgradeFacts = await SchemaProbes.IsTableAsync(connection, transaction, "facts", cancellationToken).ConfigureAwait(false);
        if (upgradeFacts)
        {
            // The view takes the name; its index goes with the table.
            await ExecuteAsync(connection, transaction, "DROP INDEX IF EXISTS ix_facts_entity; ALTER TABLE facts RENAME TO facts_v4;", cancellationToken).ConfigureAwait(false);
        }

        var upgradeRelations = await SchemaProbes.RelationsHaveIdAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        if (upgradeRelations)
        {
            await ExecuteAsync(connection, transaction, SqliteUpgrades.SetAsideRelationsSql, cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync(connection, transaction, SqliteUpgrades.DropNarrowIncomingIndexSql, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, SqliteUpgrades.DropNarrowKindRegionIndexSql, cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, SqliteUpgrades.DropNumberOnlyIndexSql, cancellationToken).ConfigureAwait(false);
        if (await SchemaProbes.IsOlderMentionsViewAsync(connection, transaction, cancellationToken).ConfigureAwait(false))
        {
            // Version 6's view reads mention_spans alone; IF NOT EXISTS below would keep it.
            await ExecuteAsync(connection, transaction, "DROP VIEW mentions;", cancellationToken).ConfigureAwait(false);
        }

        // Any file from before version 6: its nodes have no search number, and its search rows (if any) hold ids.
        var upgradeSearch = await SchemaProbes.IsTableAsync(connection, transaction, "entities", cancellationToken).ConfigureAwait(false)
            && !await SchemaProbes.HasColumnAsync(connection, transaction, "entities", "no", cancellationToken).ConfigureAwait(false);
        if (upgradeSearch)
        {
            await ExecuteAsync(connection, transaction, SqliteUpgrades.SetAsideSearchSql, cancellationToken).ConfigureAwait(false);
        }

        // Before version 10 (and in a new file): the pair index is filled from the search rows, after any rebuild of them.
        var fillGrams = !await SchemaProbes.IsTableAsync(connection, transaction, "entity_grams", cancellationToken).ConfigureAwait(false);

        // Before version 9 (and in a new file): the counts are taken once from the tables themselves.
        var recount = !await SchemaProbes.IsTableAsync(connection, transaction, "graph_counts", cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(connection, transaction, Ddl, cancellationToken).ConfigureAwait(false);
        if (upgradeSearch)
        {
            await ExecuteAsync(connection, transaction, SqliteUpgrades.RebuildSearchSql, cancellationToken).ConfigureAwait(false);
        }

        if (fillGrams)
        {
            SearchGrams.Register(connection);
            await ExecuteAsync(connection, transaction, SqliteUpgrades.FillGramsSql, cancellationToken).ConfigureAwait(false);
        }

        if (upgradeMentions)
        {
            await ExecuteAsync(connection, transaction, SqliteUpgrades.MigrateMentionsSql, cancellationToken).ConfigureAwait(false);
        }

        if (upgradeFacts)
        {
            await ExecuteAsync(connection, transaction, SqliteUpgrades.MigrateFactsSql, cancellationToken).ConfigureAwait(false);
        }

        if (upgradeRelations)
        {
            await ExecuteAsync(connection, transaction, SqliteUpgrades.MigrateRelationsSql, cancellationToken).ConfigureAwait(false);
        }

        if (recount)
        {
            await ExecuteAsync(connection, transaction, SqliteUpgrades.RecountSql, cancellationToken).ConfigureAwait(false);
        }

        await ExecuteAsync(
            connection,
            transaction,
            $"INSERT INTO schema_info (version) SELECT {Version} WHERE NOT EXISTS (SELECT 1 FROM schema_info); UPDATE schema_info SET version = {Version} WHERE version < {Version};",
            cancellationToken).ConfigureAwait(false);
        await ExecuteAsync(
            connection,
            transaction,
            "INSERT OR IGNORE INTO graph_version (id, value) VALUES (1, abs(random() >> 1));",
            cancellationToken).ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // constant DDL
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
