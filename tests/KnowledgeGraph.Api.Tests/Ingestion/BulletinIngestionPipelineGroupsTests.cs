using System.Collections.Concurrent;
using System.Text;
using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Api.Tests.Infrastructure;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>
/// A stream of groups through the real pipeline and SQLite store: when the next group is read and extracted while
/// the current one commits. Time is a <see cref="FakeTimeProvider"/> that the store moves on while it commits, so a
/// commit lasts exactly as long as the test says, whatever the machine is doing.
/// </summary>
public sealed class BulletinIngestionPipelineGroupsTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly string directory = Directory.CreateTempSubdirectory("kg-groups-").FullName;
    private readonly FakeTimeProvider time = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<DateTimeOffset>> readStarted = new();
    private readonly ConcurrentQueue<string> events = new();
    private readonly List<int> finished = [];

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task IngestGroupsAsync_CommitEndsBeforeTheExpectedTime_NextGroupStartsAtOnceNotAtTheDelay()
    {
        // The last commit took 10 s, so the next group is due 10 s into this one; this one ends at once, and the
        // fake clock never moves: the next group must start on the commit's end, or the stream would stall.
        var schedule = new LookaheadSchedule();
        schedule.Committed(TimeSpan.FromSeconds(10));
        schedule.Prepared(TimeSpan.Zero);
        using var store = CreateStore();
        var timed = new TimedCommitStore(store, (_, _) => Task.CompletedTask, events);

        await IngestAsync(timed, schedule, groups: 3).WaitAsync(Patience);

        Assert.Equal([0, 1, 2], finished);
        Assert.True(Index("commit 0 ended") < Index("read 1"), string.Join(", ", events));
        Assert.Equal(3, (await store.GetBulletinsAsync(BulletinStatus.Ingested)).Count);
    }

    [Fact]
    public async Task IngestGroupsAsync_CommitLastsAsLongAsTheLastOne_NextGroupStartsLateInItNotWithIt()
    {
        // The last commit took 1 s and the last extraction no time: the next group is due 1 s into this commit.
        var schedule = new LookaheadSchedule();
        schedule.Committed(TimeSpan.FromSeconds(1));
        schedule.Prepared(TimeSpan.Zero);
        var commitStarted = DateTimeOffset.MinValue;
        bool? readBeforeDue = null, readWhenDue = null;
        using var store = CreateStore();
        var timed = new TimedCommitStore(
            store,
            async (number, _) =>
            {
                if (number != 0)
                {
                    return;
                }

                commitStarted = time.GetUtcNow();
                time.Advance(TimeSpan.FromMilliseconds(400));
                // A group started with the commit would be reading by now.
                readBeforeDue = await StartsWithinAsync(1, TimeSpan.FromMilliseconds(300));
                time.Advance(TimeSpan.FromMilliseconds(600));
                readWhenDue = await StartsWithinAsync(1, Patience);
            },
            events);

        await IngestAsync(timed, schedule, groups: 2).WaitAsync(Patience);

        Assert.False(readBeforeDue);
        Assert.True(readWhenDue, "the next group did not start while the commit went on past its expected end");
        Assert.Equal(commitStarted + TimeSpan.FromSeconds(1), await readStarted[1].Task);
        Assert.Equal([0, 1], finished);
        Assert.Equal(2, (await store.GetBulletinsAsync(BulletinStatus.Ingested)).Count);
    }

    private int Index(string e) => events.ToList().IndexOf(e);

    private async Task<bool> StartsWithinAsync(int group, TimeSpan wait)
    {
        var started = readStarted.GetOrAdd(group, _ => new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        return await Task.WhenAny(started, Task.Delay(wait)) == started;
    }

    private SqliteGraphStore CreateStore() =>
        new(Options.Create(new SqliteStoreOptions { Path = Path.Combine(directory, "kg.db") }), TimeProvider.System, NullLogger<SqliteGraphStore>.Instance);

    private async Task IngestAsync(IGraphStore store, LookaheadSchedule schedule, int groups)
    {
        var pipeline = new BulletinIngestionPipeline(
            store, new RuleBasedExtractor(), new BulletinDecoder(), new RegionDenormaliser(Gazetteer.Default), time, NullLogger<BulletinIngestionPipeline>.Instance);
        var seed = await File.ReadAllTextAsync(Directory.GetFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).First());
        await pipeline.IngestGroupsAsync(
            [.. Enumerable.Range(0, groups)],
            (group, _) =>
            {
                events.Enqueue($"read {group}");
                readStarted.GetOrAdd(group, _ => new TaskCompletionSource<DateTimeOffset>(TaskCreationOptions.RunContinuationsAsynchronously))
                    .TrySetResult(time.GetUtcNow());
                // Each group is the seed issue reprinted under its own number: other content, so not a duplicate.
                var text = $"{seed}\n（第{group + 1}次转载）\n";
                return Task.FromResult<IReadOnlyList<BulletinFile>>([new BulletinFile($"转载-{group}.txt", Encoding.UTF8.GetBytes(text))]);
            },
            (group, outcomes) =>
            {
                Assert.All(outcomes, o => Assert.Equal(BulletinStatus.Ingested, o.Bulletin?.Status));
                finished.Add(group);
            },
            schedule,
            CancellationToken.None);
    }

    /// <summary>
    /// The real store, with <c>during</c> run inside each commit before the write (the commit's duration). A group of
    /// one file commits through <see cref="IGraphStore.CommitBulletinAsync"/>, a larger one through the group call.
    /// </summary>
    private sealed class TimedCommitStore(IGraphStore inner, Func<int, CancellationToken, Task> during, ConcurrentQueue<string> events) : DelegatingGraphStore(inner)
    {
        private int commits;

        public override Task CommitBulletinAsync(Bulletin bulletin, BulletinGraph graph, CancellationToken cancellationToken = default) =>
            TimedAsync(() => base.CommitBulletinAsync(bulletin, graph, cancellationToken), cancellationToken);

        public override Task CommitBulletinsAsync(IReadOnlyList<(Bulletin Bulletin, BulletinGraph Graph)> bulletins, CancellationToken cancellationToken = default) =>
            TimedAsync(() => base.CommitBulletinsAsync(bulletins, cancellationToken), cancellationToken);

        private async Task TimedAsync(Func<Task> commit, CancellationToken cancellationToken)
        {
            var number = commits++;
            await during(number, cancellationToken);
            await commit();
            events.Enqueue($"commit {number} ended");
        }
    }
}
