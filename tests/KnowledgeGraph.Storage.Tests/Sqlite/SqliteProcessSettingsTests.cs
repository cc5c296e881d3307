using System.Diagnostics;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Sqlite;
using SQLitePCL;
using static KnowledgeGraph.Storage.Tests.Contract.SeedGraph;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>
/// Readers that keep both cores busy for seconds: run alone, after the parallel tests, so the timing of others (retry
/// timeouts, waits) is not starved of threads by them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SqliteProcessSettingsCollection
{
    public const string Name = "SQLite readers under load";
}

/// <summary>
/// The process-wide setting the store gives SQLite (no memory counters), and that SQLite keeps its per-connection
/// mutex: reads beside commits, and beside another store being disposed, answer correctly.
/// </summary>
[Collection(SqliteProcessSettingsCollection.Name)]
public sealed class SqliteProcessSettingsTests : IDisposable
{
    private static readonly DateTimeOffset Received = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Applied_StoreOpensSqliteFirstInProcess_SqliteCountsNoMemory()
    {
        var store = database.CreateStore();
        var (entities, relations) = Reference();
        await store.UpsertReferenceAsync(entities, relations);
        var bulletin = Bulletin("2024年第5期.txt", Received);
        await store.CommitBulletinAsync(bulletin, Platforms(bulletin));

        var placements = await store.GetPlacementsAsync(Chain, null);

        Assert.True(SqliteProcessSettings.Applied);
        Assert.NotEmpty(placements);
        // With the counters on, the page cache of the connection that just read is already tens of KB.
        Assert.Equal(0, raw.sqlite3_memory_used());
    }

    [Fact]
    public async Task Reads_ManyReadersBesideCommits_EachAnswerIsTheGraphBeforeOrAfterACommit()
    {
        // The answers each stage of the graph gives, read alone from a file of its own.
        var alone = database.CreateStore(database.PathOf("alone.db"));
        var stages = new List<(IReadOnlyList<Placement> Placements, IReadOnlyList<Mention> Mentions)>();
        foreach (var step in Steps(alone))
        {
            await step();
            stages.Add((await alone.GetPlacementsAsync(Chain, null), await alone.GetMentionsAsync([DairyCenter, BayannurPark])));
        }

        var store = database.CreateStore(readConcurrency: 4);
        var done = false;
        var readers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var answers = new List<(IReadOnlyList<Placement>, IReadOnlyList<Mention>)>();
            while (!Volatile.Read(ref done) || answers.Count < 5)
            {
                answers.Add((await store.GetPlacementsAsync(Chain, null), await store.GetMentionsAsync([DairyCenter, BayannurPark])));
            }

            return answers;
        })).ToList();
        foreach (var step in Steps(store))
        {
            await step();
            await Task.Delay(20);
        }

        Volatile.Write(ref done, true);
        var read = (await Task.WhenAll(readers)).SelectMany(a => a).ToList();

        Assert.All(read, answer => Assert.Contains(
            stages,
            stage => stage.Placements.SequenceEqual(answer.Item1) && StageHas(stage.Mentions, answer.Item2)));
        Assert.Equal(stages[^1].Placements, await store.GetPlacementsAsync(Chain, null));
    }

    [Fact]
    public async Task Dispose_AnotherStoreReadingMeanwhile_ItsReadsStayCorrect()
    {
        // Stores come and go in one process (tests, a reopened file) while others read, and disposing one finalizes
        // idle statements on every pooled connection. In multi-thread mode (no per-connection mutex) this crashed the
        // test host; serialized mode makes it safe.
        var store = database.CreateStore(readConcurrency: 4);
        foreach (var step in Steps(store))
        {
            await step();
        }

        var placements = await store.GetPlacementsAsync(Chain, null);
        var ids = placements.Select(p => p.EntityId).Distinct().ToList();
        var relations = await store.GetRelationsAsync(ids, RelationDirection.Both, [RelationKind.Produced, RelationKind.LocatedIn]);
        var done = false;
        var reads = 0;
        var readers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!Volatile.Read(ref done))
            {
                Assert.Equal(placements, await store.GetPlacementsAsync(Chain, null));
                Assert.Equal(relations, await store.GetRelationsAsync(ids, RelationDirection.Both, [RelationKind.Produced, RelationKind.LocatedIn]));
                Interlocked.Increment(ref reads);
            }
        })).ToList();

        for (var i = 0; i < 24; i++)
        {
            var other = database.CreateStore(database.PathOf($"other-{i}.db"));
            foreach (var step in Steps(other))
            {
                await step();
            }

            Assert.Equal(placements, await other.GetPlacementsAsync(Chain, null));

            // Disposed only once the readers are seen reading, so the disposal runs among their reads.
            var before = Volatile.Read(ref reads);
            var waited = Stopwatch.StartNew();
            while (Volatile.Read(ref reads) < before + 4 && waited.Elapsed < TimeSpan.FromSeconds(30) && !readers.Any(r => r.IsCompleted))
            {
                await Task.Delay(1);
            }

            Assert.True(Volatile.Read(ref reads) >= before + 4 || readers.Any(r => r.IsCompleted), $"the readers made no progress before disposal {i}");
            other.Dispose();
        }

        Volatile.Write(ref done, true);
        await Task.WhenAll(readers);
    }

    /// <summary>A placement read and a mention read are separate reads, so the mentions may be one commit ahead.</summary>
    private static bool StageHas(IReadOnlyList<Mention> expected, IReadOnlyList<Mention> actual) =>
        actual.Count >= expected.Count && expected.All(actual.Contains);

    /// <summary>The graph built in three writes: the chain catalogue, then two bulletins.</summary>
    private static Func<Task>[] Steps(SqliteGraphStore store)
    {
        var milestones = Bulletin("2024年第3期.txt", Received);
        var platforms = Bulletin("2024年第5期.txt", Received.AddDays(7));
        var (entities, relations) = Reference();
        return
        [
            () => store.UpsertReferenceAsync(entities, relations),
            () => store.CommitBulletinAsync(milestones, Milestones(milestones)),
            () => store.CommitBulletinAsync(platforms, Platforms(platforms)),
        ];
    }
}
