using static KnowledgeGraph.Storage.Tests.Contract.SeedGraph;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>The write connection's page counts, which the bench reports per bulletin because they do not move with the machine's speed.</summary>
public sealed class SqliteWriterPageCountsTests : IDisposable
{
    private static readonly DateTimeOffset Received = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task GetWriterPageCountsAsync_NothingWrittenYet_IsZero()
    {
        var store = database.CreateStore();
        await store.InitializeAsync();

        Assert.Equal(default, await store.GetWriterPageCountsAsync());
    }

    [Fact]
    public async Task GetWriterPageCountsAsync_BulletinCommittedThenResent_CountsItsPagesAndFewerForTheResend()
    {
        var store = database.CreateStore();
        var bulletin = Bulletin(MilestonesFile, Received);
        var graph = Milestones(bulletin);

        await store.CommitBulletinAsync(bulletin, graph);
        var first = await store.GetWriterPageCountsAsync();
        await store.CommitBulletinAsync(bulletin, graph);
        var second = await store.GetWriterPageCountsAsync();

        // A seed bulletin's nodes, edges, mentions and sentences fill pages of a dozen B-trees; the resend finds every
        // row stored already and writes little more than the bulletin's own row and the graph version.
        Assert.True(first.Writes >= 12, $"{first.Writes} pages written for the first commit");
        Assert.True(second.Writes - first.Writes < first.Writes / 2, $"{second.Writes - first.Writes} pages for the resend against {first.Writes}");
        Assert.True(second.Misses >= first.Misses);
    }
}
