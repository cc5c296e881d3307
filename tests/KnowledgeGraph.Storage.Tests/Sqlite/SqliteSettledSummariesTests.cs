using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using static KnowledgeGraph.Storage.Tests.Contract.SeedGraph;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>
/// Node summaries that can no longer change (a region is set, and no write renames a node) are answered from memory;
/// the others are read every time, so a bulletin that later locates a node is seen at once.
/// </summary>
public sealed class SqliteSettledSummariesTests : IDisposable
{
    private static readonly DateTimeOffset Received = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task GetEntitySummariesAsync_LocatedNodeAskedAgain_AnsweredWithoutReadingTheFile()
    {
        var store = await SeededStoreAsync();
        var first = await store.GetEntitySummariesAsync([DairyCenter]);

        // No store write renames a node; doing it behind the store's back shows whether the second answer read the row.
        await RenameBehindTheStoreAsync(DairyCenter, "国家乳业技术创新中心（改名）");
        var second = await store.GetEntitySummariesAsync([DairyCenter, BayannurPark]);

        Assert.Equal(("国家乳业技术创新中心", "150100"), (first[DairyCenter].Name, first[DairyCenter].RegionCode));
        Assert.Same(first[DairyCenter], second[DairyCenter]);
        Assert.Equal("巴彦淖尔国家农业高新技术产业示范区", second[BayannurPark].Name);
        var restarted = database.CreateStore();
        Assert.Equal("国家乳业技术创新中心（改名）", (await restarted.GetEntitySummariesAsync([DairyCenter]))[DairyCenter].Name);
    }

    [Fact]
    public async Task GetEntitySummariesAsync_NodeWithoutRegion_ReadAgainSoALaterBulletinsRegionShows()
    {
        var store = database.CreateStore();
        var lab = EntityIds.For(EntityKind.Lab, "乳品营养与健康重点实验室");
        var unlocated = BulletinGraph.Empty with { Entities = [new Entity(lab, EntityKind.Lab, "乳品营养与健康重点实验室")] };
        await store.CommitBulletinAsync(Bulletin(PlatformsFile, Received), unlocated);
        var before = await store.GetEntitySummariesAsync([lab]);

        var located = BulletinGraph.Empty with { Entities = [new Entity(lab, EntityKind.Lab, "乳品营养与健康重点实验室") { RegionCode = "150100" }] };
        await store.CommitBulletinAsync(Bulletin(MilestonesFile, Received), located);
        var after = await store.GetEntitySummariesAsync([lab]);

        Assert.Null(before[lab].RegionCode);
        Assert.Equal("150100", after[lab].RegionCode);
    }

    [Fact]
    public async Task GetEntitySummariesAsync_SomeFromMemorySomeRead_OneAnswerWithoutDuplicatesOrUnknownIds()
    {
        var store = await SeededStoreAsync();
        await store.GetEntitySummariesAsync([DairyCenter]);

        var summaries = await store.GetEntitySummariesAsync([DairyCenter, "Enterprise:不存在的乳企", BayannurPark, DairyCenter]);

        Assert.Equal(new[] { BayannurPark, DairyCenter }.Order(StringComparer.Ordinal), summaries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(EntityKind.Park, summaries[BayannurPark].Kind);
    }

    private async Task<KnowledgeGraph.Storage.Sqlite.SqliteGraphStore> SeededStoreAsync()
    {
        var store = database.CreateStore();
        var (entities, relations) = Reference();
        await store.UpsertReferenceAsync(entities, relations);
        var bulletin = Bulletin(PlatformsFile, Received);
        await store.CommitBulletinAsync(bulletin, Platforms(bulletin));
        return store;
    }

    private async Task RenameBehindTheStoreAsync(string id, string name)
    {
        await using var connection = await TempDatabase.OpenForeignAsync(database.PathOf());
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE entities SET name = $name WHERE id = $id";
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$id", id);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
