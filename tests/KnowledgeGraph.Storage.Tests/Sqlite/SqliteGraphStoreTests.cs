using System.Diagnostics;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Tests.Contract;
using Microsoft.Data.Sqlite;
using static KnowledgeGraph.Storage.Tests.Contract.SeedGraph;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>What only the embedded store promises: the file, WAL, waiting for other processes' locks (index use: <see cref="SqliteQueryPlanTests"/>).</summary>
public sealed class SqliteGraphStoreTests : IDisposable
{
    private static readonly DateTimeOffset Received = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task InitializeAsync_DirectoryMissing_CreatesDatabaseFileInWalMode()
    {
        var path = Path.Combine(database.Directory, "nested", "data", "knowledgegraph.db");
        var store = database.CreateStore(path);

        await store.InitializeAsync();
        await store.InitializeAsync();

        Assert.True(File.Exists(path));
        await using var connection = await TempDatabase.OpenForeignAsync(path);
        Assert.Equal("wal", await ScalarAsync(connection, "PRAGMA journal_mode"));
        Assert.Equal("1", await ScalarAsync(connection, "SELECT count(*) FROM schema_info"));
    }

    [Fact]
    public async Task GetGraphVersionAsync_AnotherStoreWritesTheSameFile_SeesTheChange()
    {
        var path = database.PathOf("shared.db");
        var reader = database.CreateStore(path);
        var writer = database.CreateStore(path);
        await reader.InitializeAsync();
        var before = await reader.GetGraphVersionAsync();

        var bulletin = Bulletin(MilestonesFile, Received);
        await writer.CommitBulletinAsync(bulletin, Milestones(bulletin));
        await Task.Delay(GraphVersionProbe.ForeignWriteLatency * 2);

        Assert.NotNull(before);
        Assert.NotEqual(before, await reader.GetGraphVersionAsync());
    }

    [Fact]
    public async Task GetGraphVersionAsync_OwnCommit_SeenByTheVeryNextRead()
    {
        var store = database.CreateStore();
        await store.InitializeAsync();
        var before = await store.GetGraphVersionAsync();

        var bulletin = Bulletin(MilestonesFile, Received);
        await store.CommitBulletinAsync(bulletin, Milestones(bulletin));

        Assert.NotEqual(before, await store.GetGraphVersionAsync());
    }

    [Fact]
    public async Task GetGraphVersionAsync_FileReplacedByAFreshOne_DoesNotRepeatTheOldVersion()
    {
        var versions = new HashSet<long?>();
        for (var i = 0; i < 5; i++)
        {
            var path = database.PathOf($"fresh-{i}.db");
            var store = database.CreateStore(path);
            await store.InitializeAsync();
            versions.Add(await store.GetGraphVersionAsync());
        }

        // Each fresh file starts at its own random version, so a cache keyed by version cannot mistake one for another.
        Assert.Equal(5, versions.Count);
    }

    [Fact]
    public async Task InitializeAsync_NewFile_MadeWithTheConfiguredPageSize()
    {
        var byDefault = database.CreateStore(database.PathOf("default.db"));
        var small = database.CreateStore(database.PathOf("small.db"), pageSize: 4096);

        await byDefault.InitializeAsync();
        await small.InitializeAsync();

        await using var defaultFile = await TempDatabase.OpenForeignAsync(database.PathOf("default.db"));
        await using var smallFile = await TempDatabase.OpenForeignAsync(database.PathOf("small.db"));
        Assert.Equal("16384", await ScalarAsync(defaultFile, "PRAGMA page_size"));
        Assert.Equal("4096", await ScalarAsync(smallFile, "PRAGMA page_size"));
    }

    [Fact]
    public async Task InitializeAsync_ExistingFileWithOtherPageSize_KeepsItsPagesAndWhatWasCommitted()
    {
        var first = database.CreateStore(pageSize: 4096);
        var bulletin = Bulletin(MilestonesFile, Received);
        await first.CommitBulletinAsync(bulletin, Milestones(bulletin));
        first.Dispose();

        var reopened = database.CreateStore(pageSize: 16384);
        await reopened.InitializeAsync();
        var later = Bulletin("科技情报参考-2024-06.txt", Received.AddDays(7));
        await reopened.CommitBulletinAsync(later, Milestones(later));

        await using var connection = await TempDatabase.OpenForeignAsync(database.PathOf());
        Assert.Equal("4096", await ScalarAsync(connection, "PRAGMA page_size"));
        Assert.Equal("ok", await ScalarAsync(connection, "PRAGMA integrity_check"));
        Assert.Equal("国家乳业技术创新中心", (await reopened.GetEntitiesAsync([DairyCenter]))[DairyCenter].Name);
    }

    [Fact]
    public async Task InitializeAsync_ExistingDatabase_KeepsWhatWasCommitted()
    {
        var first = database.CreateStore();
        var bulletin = Bulletin(MilestonesFile, Received);
        await first.CommitBulletinAsync(bulletin, Milestones(bulletin));
        first.Dispose();

        var reopened = database.CreateStore();
        await reopened.InitializeAsync();

        Assert.Equal(BulletinStatus.Ingested, (await reopened.GetBulletinAsync(bulletin.Id))!.Status);
        Assert.Equal("国家乳业技术创新中心", (await reopened.GetEntitiesAsync([DairyCenter]))[DairyCenter].Name);
        Assert.Single((await reopened.QueryEntitiesAsync(new EntityQuery { Text = "乳创中心" })).Items);
    }

    [Fact]
    public async Task CommitBulletinAsync_OtherProcessHoldsWriteLock_WaitsThenCommits()
    {
        var store = database.CreateStore(busyTimeout: TimeSpan.FromSeconds(20));
        await store.InitializeAsync();
        await using var foreign = await TempDatabase.OpenForeignAsync(database.PathOf());
        await ScalarAsync(foreign, "BEGIN IMMEDIATE");
        var bulletin = Bulletin(PlatformsFile, Received);

        var commit = Task.Run(() => store.CommitBulletinAsync(bulletin, Platforms(bulletin)));
        await Task.Delay(TimeSpan.FromMilliseconds(800));
        Assert.False(commit.IsCompleted, "the commit should wait for the foreign write lock");
        Assert.Null(await store.GetBulletinAsync(bulletin.Id)); // readers are not blocked by the foreign writer
        await ScalarAsync(foreign, "COMMIT");
        await commit.WaitAsync(TimeSpan.FromSeconds(15));

        Assert.Equal(BulletinStatus.Ingested, (await store.GetBulletinAsync(bulletin.Id))!.Status);
    }

    [Fact]
    public async Task CommitBulletinAsync_LockHeldBeyondBusyTimeout_FailsWithBusyAfterWaiting()
    {
        var store = database.CreateStore(busyTimeout: TimeSpan.FromSeconds(1));
        await store.InitializeAsync();
        await using var foreign = await TempDatabase.OpenForeignAsync(database.PathOf());
        await ScalarAsync(foreign, "BEGIN IMMEDIATE");
        var bulletin = Bulletin(PlatformsFile, Received);
        var clock = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<SqliteException>(() => store.CommitBulletinAsync(bulletin, Platforms(bulletin)));

        Assert.Equal(5, error.SqliteErrorCode); // SQLITE_BUSY
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(900), $"gave up after {clock.Elapsed}");
        await ScalarAsync(foreign, "ROLLBACK");
        await store.CommitBulletinAsync(bulletin, Platforms(bulletin)); // the store is usable afterwards
        Assert.Equal(BulletinStatus.Ingested, (await store.GetBulletinAsync(bulletin.Id))!.Status);
    }

    [Fact]
    public async Task GetPlacementsAsync_ManyMoreCallersThanReadSlots_AllGetTheSameAnswer()
    {
        var store = database.CreateStore(readConcurrency: 1);
        var (entities, relations) = Reference();
        await store.UpsertReferenceAsync(entities, relations);
        var bulletin = Bulletin(PlatformsFile, Received);
        await store.CommitBulletinAsync(bulletin, Platforms(bulletin));
        var expected = await store.GetPlacementsAsync("乳业", null);

        // Callers queue for the one read slot: none fails, none deadlocks, each sees the committed graph.
        var answers = await Task.WhenAll(Enumerable.Range(0, 32).Select(_ => Task.Run(() => store.GetPlacementsAsync("乳业", null))));

        Assert.Contains(expected, p => p.EntityId == BayannurPark && p.Role == "龙头");
        Assert.All(answers, a => Assert.Equal(expected, a));
    }

    [Fact]
    public async Task QueryEntitiesAsync_SearchTermInANodesNameAndAlias_CountsTheNodeOnce()
    {
        var store = database.CreateStore();
        var centre = new Entity(DairyCenter, EntityKind.InnovationPlatform, "国家乳业技术创新中心") { Aliases = ["乳业技术创新中心"] };
        var institute = new Entity("ResearchInstitute:内蒙古乳业技术研究院", EntityKind.ResearchInstitute, "内蒙古乳业技术研究院");
        await store.UpsertReferenceAsync([centre, institute], []);

        var both = await store.QueryEntitiesAsync(new EntityQuery { Text = "乳业技术", Sort = EntitySort.MentionCount, Descending = true });
        var centreOnly = await store.QueryEntitiesAsync(new EntityQuery { Text = "技术创新" });
        var withKind = await store.QueryEntitiesAsync(new EntityQuery { Text = "乳业技术", Kinds = [EntityKind.ResearchInstitute] });

        Assert.Equal(2, both.TotalCount);
        Assert.Equal([DairyCenter, institute.Id], both.Items.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal((1, DairyCenter), (centreOnly.TotalCount, Assert.Single(centreOnly.Items).Id));
        Assert.Equal((1, institute.Id), (withKind.TotalCount, Assert.Single(withKind.Items).Id));
    }

    [Fact]
    public async Task QueryEntitiesAsync_AliasGainedInALaterWrite_FoundByItOnceAndStillByName()
    {
        var store = database.CreateStore();
        var centre = new Entity(DairyCenter, EntityKind.InnovationPlatform, "国家乳业技术创新中心");
        await store.UpsertReferenceAsync([centre], []);
        await store.UpsertReferenceAsync([centre with { Aliases = ["乳创中心"] }], []);

        var byAlias = await store.QueryEntitiesAsync(new EntityQuery { Text = "乳创中心" });
        var byName = await store.QueryEntitiesAsync(new EntityQuery { Text = "乳业技术" });
        var acrossNameAndAlias = await store.QueryEntitiesAsync(new EntityQuery { Text = "新中心乳创" });

        Assert.Equal((1, DairyCenter), (byAlias.TotalCount, Assert.Single(byAlias.Items).Id));
        Assert.Equal((1, DairyCenter), (byName.TotalCount, Assert.Single(byName.Items).Id));
        Assert.Equal(0, acrossNameAndAlias.TotalCount);
    }

    [Fact]
    public async Task CommitBulletinsAsync_OneMemberBreaksAConstraint_CommitsNoneOfTheGroup()
    {
        var store = database.CreateStore();
        var milestones = Bulletin(MilestonesFile, Received);
        var platforms = Bulletin(PlatformsFile, Received);
        var broken = Platforms(platforms) with { Entities = [new Entity(BayannurPark, EntityKind.Park, null!)] };

        await Assert.ThrowsAsync<SqliteException>(() => store.CommitBulletinsAsync([(milestones, Milestones(milestones)), (platforms, broken)]));

        Assert.Null(await store.GetBulletinAsync(milestones.Id));
        Assert.Empty(await store.GetEntitiesAsync([DairyCenter]));
        Assert.Empty(await store.GetMentionsAsync([DairyCenter]));
    }

    [Fact]
    public async Task CommitBulletinAsync_TwiceWithSameRows_LeavesEveryTableRowCountUnchanged()
    {
        var store = database.CreateStore();
        var (entities, relations) = Reference();
        await store.UpsertReferenceAsync(entities, relations);
        var bulletin = Bulletin(MilestonesFile, Received);
        await store.CommitBulletinAsync(bulletin, Milestones(bulletin));
        await using var connection = await TempDatabase.OpenForeignAsync(database.PathOf());
        var before = await CountsAsync(connection);

        await store.UpsertReferenceAsync(entities, relations);
        await store.CommitBulletinAsync(bulletin, Milestones(bulletin));

        Assert.Equal(before, await CountsAsync(connection));
    }

    private static async Task<string> CountsAsync(SqliteConnection connection) =>
        await ScalarAsync(connection, """
            SELECT (SELECT count(*) FROM entities) || ',' || (SELECT count(*) FROM aliases) || ',' ||
                   (SELECT count(*) FROM entity_text) || ',' || (SELECT count(*) FROM relations) || ',' ||
                   (SELECT count(*) FROM mentions) || ',' || (SELECT count(*) FROM facts) || ',' ||
                   (SELECT count(*) FROM articles) || ',' || (SELECT count(*) FROM bulletins) || ',' ||
                   (SELECT sum(mention_count) FROM entities)
            """);

    private static async Task<string> ScalarAsync(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }
}
