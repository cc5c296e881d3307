using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using static KnowledgeGraph.Storage.Tests.Contract.SeedGraph;

namespace KnowledgeGraph.Storage.Tests.Sqlite.Writing;

/// <summary>Stats come from counts every write keeps; they must always equal what counting the file's rows gives.</summary>
public sealed class GraphWriterCountsTests : IDisposable
{
    private static readonly DateTimeOffset Received = new(2024, 3, 1, 8, 0, 0, TimeSpan.FromHours(8));
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task GetStatsAsync_ResentBulletinsMergedEdgePropertiesAndAMove_EqualTheRowsInTheFile()
    {
        var milestones = Bulletin(MilestonesFile, Received);
        var platforms = Bulletin(PlatformsFile, Received);
        var (first, second) = (Milestones(milestones), Platforms(platforms));
        // A small limit, so the waiting mentions move into the main table along the way.
        var store = database.CreateStore(recentMentionRows: first.Mentions.Count + 1);
        var (entities, relations) = Reference();
        await store.UpsertReferenceAsync(entities, relations);
        await store.CommitBulletinAsync(milestones, first);
        await AssertStatsMatchTheFileAsync(store);

        // The group moves the waiting mentions; the same bulletin twice and a re-sent one add no rows.
        await store.CommitBulletinsAsync([(platforms, second), (milestones, first)]);
        await store.CommitBulletinsAsync([(milestones, first), (platforms, second)]);
        await AssertStatsMatchTheFileAsync(store);

        // An edge the file holds, sent again with a property: merged into the stored edge, not counted again.
        var park = second.Relations.First(r => r.Kind == RelationKind.OperatesIn);
        var third = Bulletin("2024-科技情报参考-第3期.txt", Received);
        var late = Mention(BayannurPark, third.Id, 0, "农高区建设", 2, "巴彦淖尔国家农高区聚焦饲草种植。", 40, "巴彦淖尔国家农高区");
        var update = BulletinGraph.Empty with
        {
            Relations = [park with { Properties = new Dictionary<string, string> { ["since"] = "2023" } }],
            Mentions = [late],
        };
        await store.CommitBulletinAsync(third, update);
        var stats = await AssertStatsMatchTheFileAsync(store);

        var stored = Assert.Single(await store.GetRelationsAsync([BayannurPark], RelationDirection.Outgoing), r => r.Kind == RelationKind.OperatesIn);
        Assert.Equal("龙头", stored.Properties["role"]);
        Assert.Equal("2023", stored.Properties["since"]);
        Assert.Equal(first.Mentions.Count + second.Mentions.Count + 1, stats.Mentions);
        Assert.Equal(3, stats.Bulletins);
    }

    [Fact]
    public async Task InitializeAsync_VersionEightFileWithoutCounts_CountsItsRowsOnceThenKeepsThem()
    {
        var milestones = Bulletin(MilestonesFile, Received);
        var platforms = Bulletin(PlatformsFile, Received);
        var path = database.PathOf("v8.db");
        var before = database.CreateStore(path);
        var (entities, relations) = Reference();
        await before.UpsertReferenceAsync(entities, relations);
        await before.CommitBulletinAsync(milestones, Milestones(milestones));
        before.Dispose();
        await using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            // What a version-8 file looks like: no counts table.
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = "DROP TABLE graph_counts; UPDATE schema_info SET version = 8;";
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        var store = database.CreateStore(path);
        await store.InitializeAsync();
        var upgraded = await AssertStatsMatchTheFileAsync(store);
        Assert.True(upgraded.Entities > entities.Count);

        await store.CommitBulletinAsync(platforms, Platforms(platforms));
        await AssertStatsMatchTheFileAsync(store);
    }

    /// <summary>The store's stats against counting the file's tables, the way stats were read before version 9.</summary>
    private static async Task<GraphStats> AssertStatsMatchTheFileAsync(SqliteGraphStore store)
    {
        var stats = await store.GetStatsAsync();
        var path = new SqliteConnectionStringBuilder(store.ConnectionString).DataSource;
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        Assert.Equal(await CountAsync(connection, "SELECT count(*) FROM entities"), stats.Entities);
        Assert.Equal(await CountAsync(connection, "SELECT count(*) FROM relations"), stats.Relations);
        Assert.Equal(await CountAsync(connection, "SELECT count(*) FROM mentions"), stats.Mentions);
        Assert.Equal(await CountAsync(connection, "SELECT count(*) FROM bulletins"), stats.Bulletins);
        foreach (var kind in Enum.GetValues<EntityKind>())
        {
            Assert.Equal(await CountAsync(connection, $"SELECT count(*) FROM entities WHERE kind = '{kind}'"), stats.EntitiesByKind.GetValueOrDefault(kind));
        }

        foreach (var kind in Enum.GetValues<RelationKind>())
        {
            Assert.Equal(await CountAsync(connection, $"SELECT count(*) FROM relations WHERE kind = '{kind.Code()}'"), stats.RelationsByKind.GetValueOrDefault(kind));
        }

        Assert.True(stats.Entities > 0 && stats.Relations > 0 && stats.Mentions > 0);
        return stats;
    }

    private static async Task<long> CountAsync(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
