using System.Globalization;
using KnowledgeGraph.Storage.Sqlite.Keys;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>How a file, new or written by any earlier version, comes to hold <see cref="Ddl"/>, in one transaction.</summary>
internal static partial class SqliteSchema
{
    /// <summary>
    /// Tables an older file keyed by text id (moved aside as <c>{table}_v10</c> before the DDL), the id column each names
    /// a target by, and the statement that rewrites the moved-aside rows by number.
    /// </summary>
    private static readonly (string Table, string IdColumn, string Rewrite)[] TargetTables =
    [
        ("mention_spans", "target_id", string.Format(CultureInfo.InvariantCulture, SqliteUpgrades.NumberSpansSql, "mention_spans", "mention_spans_v10")),
        ("mention_spans_recent", "target_id", string.Format(CultureInfo.InvariantCulture, SqliteUpgrades.NumberSpansSql, "mention_spans_recent", "mention_spans_recent_v10")),
        ("fact_rows", "entity_id", SqliteUpgrades.NumberFactRowsSql),
    ];

    /// <param name="pageSize">Used only when the file is new: once it holds a page, SQLite keeps the size it was made with.</param>
    public static async Task ApplyAsync(SqliteConnection connection, int pageSize, CancellationToken cancellationToken)
    {
        // Before journal_mode: switching to WAL writes the file's first page, which fixes its page size.
        await ExecuteAsync(connection, null, $"PRAGMA page_size = {pageSize.ToString(CultureInfo.InvariantCulture)};", cancellationToken).ConfigureAwait(false);
        // journal_mode cannot change inside a transaction, and WAL is persistent in the file once set.
        await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);

        using var transaction = connection.BeginTransaction(deferred: false);
        Task RunAsync(string sql) => ExecuteAsync(connection, transaction, sql, cancellationToken);
        Task<bool> IsTableAsync(string name) => SchemaProbes.IsTableAsync(connection, transaction, name, cancellationToken);
        Task<bool> HasColumnAsync(string table, string column) => SchemaProbes.HasColumnAsync(connection, transaction, table, column, cancellationToken);

        // Views hold no rows and name the tables moved aside below (a rename rewrites them): recreated on every start.
        foreach (var view in (string[])["mentions", "facts", "target_ids", "relation_ids", "node_ids"])
        {
            if (await SchemaProbes.IsViewAsync(connection, transaction, view, cancellationToken).ConfigureAwait(false))
            {
                await RunAsync($"DROP VIEW {view};").ConfigureAwait(false);
            }
        }

        var upgradeMentions = await IsTableAsync("mentions").ConfigureAwait(false);
        if (upgradeMentions)
        {
            // Version 1 kept one wide row per mention; moved aside so the view can take the name.
            await RunAsync("ALTER TABLE mentions RENAME TO mentions_v1;").ConfigureAwait(false);
        }

        var upgradeFacts = await IsTableAsync("facts").ConfigureAwait(false);
        if (upgradeFacts)
        {
            // The view takes the name; its index goes with the table.
            await RunAsync("DROP INDEX IF EXISTS ix_facts_entity; ALTER TABLE facts RENAME TO facts_v4;").ConfigureAwait(false);
        }

        var upgradeRelations = await SchemaProbes.RelationsHaveIdAsync(connection, transaction, cancellationToken).ConfigureAwait(false);
        if (upgradeRelations)
        {
            await RunAsync(SqliteUpgrades.SetAsideRelationsSql).ConfigureAwait(false);
        }

        // Versions 3 to 10: keyed by the ends' text ids.
        var numberRelations = await IsTableAsync("relations").ConfigureAwait(false) && !await HasColumnAsync("relations", "from_no").ConfigureAwait(false);
        var numberedEdges = numberRelations && await HasColumnAsync("relations", "no").ConfigureAwait(false);
        if (numberRelations)
        {
            await RunAsync(SqliteUpgrades.SetAsideRelationsV10Sql).ConfigureAwait(false);
        }

        var relationsAside = upgradeRelations ? "relations_v2" : numberRelations ? "relations_v10" : null;

        await RunAsync(SqliteUpgrades.DropNarrowIncomingIndexSql).ConfigureAwait(false);
        await RunAsync(SqliteUpgrades.DropNarrowKindRegionIndexSql).ConfigureAwait(false);
        await RunAsync(SqliteUpgrades.DropNumberOnlyIndexSql).ConfigureAwait(false);

        // Any file from before version 6: its nodes have no search number, and its search rows (if any) hold ids.
        var upgradeSearch = await IsTableAsync("entities").ConfigureAwait(false) && !await HasColumnAsync("entities", "no").ConfigureAwait(false);
        if (upgradeSearch)
        {
            await RunAsync(SqliteUpgrades.SetAsideSearchSql).ConfigureAwait(false);
        }

        // Version 10 and earlier: the node table keyed by id, its number a column.
        var renumberEntities = await IsTableAsync("entities").ConfigureAwait(false)
            && !await SchemaProbes.IsKeyColumnAsync(connection, transaction, "entities", "no", cancellationToken).ConfigureAwait(false);
        if (renumberEntities)
        {
            await RunAsync(SqliteUpgrades.SetAsideEntitiesSql).ConfigureAwait(false);
        }

        // Null rewrite: version 1 mentions and version 4 facts, rewritten below by their own steps.
        var asideTargets = new List<(string Aside, string IdColumn, string? Rewrite)>();
        foreach (var (table, idColumn, rewrite) in TargetTables)
        {
            if (await IsTableAsync(table).ConfigureAwait(false) && await HasColumnAsync(table, idColumn).ConfigureAwait(false))
            {
                await RunAsync($"ALTER TABLE {table} RENAME TO {table}_v10;").ConfigureAwait(false);
                asideTargets.Add(($"{table}_v10", idColumn, rewrite));
            }
        }

        // Before version 10 (and in a new file): the pair index is filled from the search rows, after any rebuild of them.
        var fillGrams = !await IsTableAsync("entity_grams").ConfigureAwait(false);

        // Before version 9 (and in a new file): the counts are taken once from the tables themselves.
        var recount = !await IsTableAsync("graph_counts").ConfigureAwait(false);
        await RunAsync(Ddl).ConfigureAwait(false);
        if (renumberEntities)
        {
            await RunAsync(SqliteUpgrades.MigrateEntitiesSql).ConfigureAwait(false);
        }

        if (upgradeSearch)
        {
            await RunAsync(SqliteUpgrades.RebuildSearchSql).ConfigureAwait(false);
        }

        if (fillGrams)
        {
            SearchGrams.Register(connection);
            await RunAsync(SqliteUpgrades.FillGramsSql).ConfigureAwait(false);
        }

        if (upgradeMentions)
        {
            asideTargets.Add(("mentions_v1", "target_id", null));
        }

        if (upgradeFacts)
        {
            asideTargets.Add(("facts_v4", "entity_id", null));
        }

        if (asideTargets.Count > 0 || relationsAside is not null)
        {
            EdgeKeyFunction.Register(connection);
            await RunAsync(SqliteUpgrades.UpgradeTargetsSql).ConfigureAwait(false);
            if (relationsAside is not null)
            {
                await RunAsync(string.Format(CultureInfo.InvariantCulture, SqliteUpgrades.GatherEndsSql, relationsAside)).ConfigureAwait(false);
                await RunAsync(SqliteUpgrades.NumberOrphansSql).ConfigureAwait(false);
                await RunAsync(string.Format(CultureInfo.InvariantCulture, SqliteUpgrades.MigrateRelationsSql, relationsAside, numberedEdges ? "r.no" : SqliteUpgrades.EdgeRowNumber)).ConfigureAwait(false);
            }

            await RunAsync(SqliteUpgrades.AddEdgeTargetsSql).ConfigureAwait(false);
            await NumberTargetsAsync(asideTargets, RunAsync).ConfigureAwait(false);
            if (upgradeMentions)
            {
                await RunAsync(SqliteUpgrades.MigrateMentionsSql).ConfigureAwait(false);
            }

            if (upgradeFacts)
            {
                await RunAsync(SqliteUpgrades.MigrateFactsSql).ConfigureAwait(false);
            }

            await RunAsync(SqliteUpgrades.DropUpgradeTargetsSql).ConfigureAwait(false);
        }

        if (recount)
        {
            await RunAsync(SqliteUpgrades.RecountSql).ConfigureAwait(false);
        }

        await RunAsync(
            $"INSERT INTO schema_info (version) SELECT {Version} WHERE NOT EXISTS (SELECT 1 FROM schema_info); UPDATE schema_info SET version = {Version} WHERE version < {Version};").ConfigureAwait(false);
        await RunAsync("INSERT OR IGNORE INTO graph_version (id, value) VALUES (1, abs(random() >> 1));").ConfigureAwait(false);
        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Gives every id the moved-aside spans and facts name its number (reserving one for ids no row holds), then rewrites the
    /// version 6–10 span and fact tables by number. Version 1 mentions and version 4 facts are rewritten by the caller.
    /// </summary>
    private static async Task NumberTargetsAsync(List<(string Aside, string IdColumn, string? Rewrite)> asideTargets, Func<string, Task> runAsync)
    {
        foreach (var (aside, idColumn, _) in asideTargets)
        {
            await runAsync(string.Format(CultureInfo.InvariantCulture, SqliteUpgrades.GatherTargetsSql, aside, idColumn)).ConfigureAwait(false);
        }

        await runAsync(SqliteUpgrades.NumberOrphansSql).ConfigureAwait(false);
        foreach (var (_, _, rewrite) in asideTargets)
        {
            if (rewrite is not null)
            {
                await runAsync(rewrite).ConfigureAwait(false);
            }
        }
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
