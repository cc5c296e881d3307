using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Sqlite.Keys;
using KnowledgeGraph.Storage.Sqlite.Querying;
using Microsoft.Data.Sqlite;
using static KnowledgeGraph.Storage.Tests.Contract.SeedGraph;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>The embedded store's reads seek indexes (EXPLAIN QUERY PLAN), so their cost stays flat as the file grows.</summary>
public sealed class SqliteQueryPlanTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task QueryPlans_RegionPrefixAndTextSearch_UseIndexesNotScans()
    {
        var store = database.CreateStore();
        await store.InitializeAsync();
        await using var connection = await TempDatabase.OpenForeignAsync(database.PathOf());

        var region = await PlanAsync(connection, $"SELECT e.id FROM entities e WHERE {EntityFilters.RegionRange}", ("$regionLow", "15"), ("$regionHigh", "15\uffff"));
        var text = await PlanAsync(connection, SqliteGraphStore.PageSql(" WHERE e.no IN (SELECT t.rowid >> 16 FROM entity_text t WHERE entity_text MATCH $q)", "e.mention_count", "DESC"), ("$q", "\"乳业技术\""), ("$limit", "21"));
        var pair = await PlanAsync(connection, SqliteGraphStore.PageSql(" WHERE e.no IN (SELECT g.rowid >> 16 FROM entity_grams g WHERE entity_grams MATCH $q)", "e.mention_count", "DESC"), ("$q", "\"乳业\""), ("$limit", "21"));
        var nodeNumbers = await PlanAsync(connection, TargetResolver.NodesSql, ("$ids", $"[\"{DairyCenter}\"]"));
        var edgeNumbers = await PlanAsync(connection, TargetResolver.EdgesSql, ("$edges", "[[1,\"LOCATED_IN\",2]]"));
        var mentions = await PlanAsync(connection, SqliteGraphStore.GetMentionsSql, ("$nos", "[1,-1]"));
        var facts = await PlanAsync(connection, SqliteGraphStore.GetFactsSql, ("$nos", "[1]"));

        Assert.Contains("ix_entities_region (region_code>? AND region_code<?)", region, StringComparison.Ordinal);
        Assert.Contains("VIRTUAL TABLE INDEX", text, StringComparison.Ordinal);
        // A search page finds each match's row by its number, one seek; only the page's own rows are read again.
        Assert.Contains("SEARCH e USING INTEGER PRIMARY KEY (rowid=?)", text, StringComparison.Ordinal);
        Assert.Contains("SCAN g VIRTUAL TABLE INDEX", pair, StringComparison.Ordinal);
        Assert.Contains("SEARCH e USING INTEGER PRIMARY KEY (rowid=?)", pair, StringComparison.Ordinal);

        // Each id is numbered by one seek (a node by its unique id, an edge by its key), and both span tables
        // (recent mentions wait in the second) are sought by number, neither scanned.
        Assert.Contains("SEARCH e USING COVERING INDEX sqlite_autoindex_entities_1 (id=?)", nodeNumbers, StringComparison.Ordinal);
        Assert.Contains("SEARCH r USING PRIMARY KEY (from_no=? AND kind=? AND to_no=?)", edgeNumbers, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN r", edgeNumbers, StringComparison.Ordinal);
        Assert.Contains("SEARCH m USING PRIMARY KEY (target_no=?)", mentions, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN m", mentions, StringComparison.Ordinal);
        Assert.Contains("SEARCH f USING PRIMARY KEY (entity_no=?)", facts, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN f", facts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryPlans_ChainMapReads_SeekEachTargetWithoutTemporaryTrees()
    {
        var store = database.CreateStore();
        await store.InitializeAsync();
        await using var connection = await TempDatabase.OpenForeignAsync(database.PathOf());

        var placements = await PlanAsync(connection, SqliteGraphStore.PlacedSql, ("$chain", "Chain:乳业"), ("$kinds", PlacementSql.KindsJson));
        var links = await PlanAsync(connection, SqliteGraphStore.RelationsSql(RelationDirection.Both, withKinds: true), ("$nos", "[1]"), ("$kindLow", "FUNDS"), ("$kindHigh", "PRODUCED"), ("$kindList", ",FUNDS,PRODUCED,"));
        var all = await PlanAsync(connection, SqliteGraphStore.RelationsSql(RelationDirection.Both, withKinds: false), ("$nos", "[1]"));

        Assert.Contains("SEARCH r USING COVERING INDEX ix_relations_to_props (to_no=? AND kind=?)", placements, StringComparison.Ordinal);
        // Link edges: one seek per id and direction, over the span of kinds asked for.
        Assert.Contains("SEARCH r USING PRIMARY KEY (from_no=? AND kind>? AND kind<?)", links, StringComparison.Ordinal);
        Assert.Contains("SEARCH r USING COVERING INDEX ix_relations_to_props (to_no=? AND kind>? AND kind<?)", links, StringComparison.Ordinal);
        Assert.Contains("SEARCH r USING PRIMARY KEY (from_no=?)", all, StringComparison.Ordinal);
        foreach (var plan in new[] { placements, links, all })
        {
            // Each of these built a temporary B-tree (an 88 KB block of pages) on every computed chain map.
            Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
            Assert.DoesNotContain("LIST SUBQUERY", plan, StringComparison.Ordinal);
            Assert.DoesNotContain("MATERIALIZE", plan, StringComparison.Ordinal);
            Assert.DoesNotContain("SCAN r", plan, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task QueryPlans_NodesById_SeekEachIdWithoutATemporaryList()
    {
        var store = database.CreateStore();
        await store.InitializeAsync();
        await using var connection = await TempDatabase.OpenForeignAsync(database.PathOf());

        // Mention counts for a gap analysis, summaries for a chain map's link ends, whole nodes for the entity loader.
        var plan = await PlanAsync(connection, $"SELECT e.id, e.mention_count FROM {SqliteGraphStore.EntitiesByIdSql}", ("$ids", $"[\"{DairyCenter}\"]"));

        Assert.Contains("SEARCH e USING INDEX sqlite_autoindex_entities_1 (id=?)", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("LIST SUBQUERY", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("SCAN e", plan, StringComparison.Ordinal);
    }

    [Fact]
    public async Task QueryPlans_EnterprisesInAProvinceByName_SortIndexEntriesAndReadOnlyThePagesRows()
    {
        var store = database.CreateStore();
        await store.InitializeAsync();
        await using var connection = await TempDatabase.OpenForeignAsync(database.PathOf());
        using var command = connection.CreateCommand();
        var where = EntityFilters.Build(new EntityQuery { Kinds = [EntityKind.Enterprise], RegionPrefix = "15" }, command);
        command.Parameters.AddWithValue("$limit", 51);
        command.CommandText = SqliteGraphStore.PageSql(" WHERE " + string.Join(" AND ", where), "e.name", "ASC");

        var plan = await PlanLinesAsync(command);

        // The matches are found and sorted in the index alone; rows are read by rowid for the page only.
        Assert.Contains(plan, line => line.Contains("USING COVERING INDEX ix_entities_kind_region_name (kind=? AND region_code>? AND region_code<?)", StringComparison.Ordinal));
        Assert.Contains(plan, line => line.Contains("SEARCH e USING INTEGER PRIMARY KEY (rowid=?)", StringComparison.Ordinal));
        Assert.DoesNotContain(plan, line => line.Contains("SCAN e", StringComparison.Ordinal));
    }

    private static async Task<string> PlanAsync(SqliteConnection connection, string sql, params (string Name, string Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return string.Join('\n', await PlanLinesAsync(command));
    }

    /// <summary>The plan of <paramref name="command"/>'s statement, one line per step.</summary>
    private static async Task<List<string>> PlanLinesAsync(SqliteCommand command)
    {
        command.CommandText = "EXPLAIN QUERY PLAN " + command.CommandText;
        var lines = new List<string>();
        using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(3));
        }

        return lines;
    }
}
