using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static KnowledgeGraph.Storage.Tests.Contract.SeedGraph;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>
/// A disposed store leaves no handle on its file, so an operator can move, back up or delete it at once. Reads keep
/// their prepared statements per pooled connection, and a native connection closed with statements still prepared
/// stays open until the garbage collector finalizes them.
/// </summary>
public sealed class SqliteFileReleaseTests : IDisposable
{
    private static readonly DateTimeOffset Received = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Dispose_AfterChainMapReads_NoDescriptorOnTheFileIsLeft()
    {
        // The process's open files are listed only on Linux (where CI runs); elsewhere there is nothing to look at.
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var path = database.PathOf();
        var store = new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = path }), TimeProvider.System, NullLogger<SqliteGraphStore>.Instance);
        var (entities, relations) = Reference();
        await store.UpsertReferenceAsync(entities, relations);
        var bulletin = Bulletin(PlatformsFile, Received);
        await store.CommitBulletinAsync(bulletin, Platforms(bulletin));

        // What a computed chain map reads, twice, so statements are prepared, kept, and taken again.
        for (var i = 0; i < 2; i++)
        {
            var placements = await store.GetPlacementsAsync(Chain, null);
            Assert.NotEmpty(placements);
            await store.GetRelationsAsync([.. placements.Select(p => p.EntityId)], RelationDirection.Both, [RelationKind.Produced, RelationKind.LocatedIn]);
            await store.GetEntitySummariesAsync(["Enterprise:不存在的乳企", DairyCenter]);
        }

        Assert.NotEmpty(DescriptorsOn(path));
        store.Dispose();

        Assert.Empty(DescriptorsOn(path));
    }

    /// <summary>This process's open descriptors on the database file or its WAL and shared-memory files.</summary>
    private static List<string> DescriptorsOn(string path) =>
        [.. new DirectoryInfo("/proc/self/fd").EnumerateFileSystemInfos()
            .Select(fd => fd.LinkTarget)
            .OfType<string>()
            .Where(target => target.StartsWith(path, StringComparison.Ordinal))];
}
