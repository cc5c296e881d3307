using KnowledgeGraph.Api.Observability;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>One bulletin file's name and bytes, as read from the inbox.</summary>
internal readonly record struct BulletinFile(string Name, ReadOnlyMemory<byte> Content);

/// <summary>What became of one file of a group: its bulletin record, or the error that leaves it for a later scan.</summary>
internal readonly record struct GroupOutcome(Bulletin? Bulletin, Exception? Error);

/// <summary>
/// Group commit: the files of a group are extracted on every core, then written in ONE store transaction, so a
/// stream of bulletins pays for one commit per group instead of one per bulletin. Each bulletin still ends exactly as
/// <see cref="IngestAsync"/> would end it: Ingested only once its write committed, and a group the store refuses is
/// retried member by member, so one bad graph fails alone.
/// </summary>
internal sealed partial class BulletinIngestionPipeline
{
    /// <summary>Content ids of the previous group (see <see cref="CommitPreparedAsync"/>); groups commit one at a time.</summary>
    private HashSet<string> committedBefore = new(StringComparer.Ordinal);

    /// <summary>
    /// Ingests the files in one group commit. Outcomes are in the order of <paramref name="files"/>. Cancellation
    /// throws; any other failure (store unreachable after its retries) is that file's <see cref="GroupOutcome.Error"/>.
    /// </summary>
    public async Task<IReadOnlyList<GroupOutcome>> IngestGroupAsync(IReadOnlyList<BulletinFile> files, CancellationToken cancellationToken) =>
        await CommitPreparedAsync(await PrepareGroupAsync(files, Environment.ProcessorCount, cancellationToken), cancellationToken);

    /// <summary>
    /// Ingests groups one after another like <see cref="IngestGroupAsync"/>, but reads and extracts the next group
    /// while the current one commits, so the cores keep extracting during the (single-threaded) store write. The next
    /// group starts late enough in the commit to finish about when it does (<see cref="LookaheadSchedule"/>), or at
    /// once when the commit ends first. <paramref name="finished"/> is called in group order, never concurrently,
    /// after each group's commit.
    /// </summary>
    public Task IngestGroupsAsync<TGroup>(
        IReadOnlyList<TGroup> groups,
        Func<TGroup, CancellationToken, Task<IReadOnlyList<BulletinFile>>> read,
        Action<TGroup, IReadOnlyList<GroupOutcome>> finished,
        CancellationToken cancellationToken) =>
        IngestGroupsAsync(groups, read, finished, new LookaheadSchedule(), cancellationToken);

    /// <summary>As above, with the timing of the next group taken from <paramref name="schedule"/> and kept in it.</summary>
    public async Task IngestGroupsAsync<TGroup>(
        IReadOnlyList<TGroup> groups,
        Func<TGroup, CancellationToken, Task<IReadOnlyList<BulletinFile>>> read,
        Action<TGroup, IReadOnlyList<GroupOutcome>> finished,
        LookaheadSchedule schedule,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(finished);
        ArgumentNullException.ThrowIfNull(schedule);
        // The delay runs from the commit's start (the task may start a little later).
        Task<PreparedGroup> Prepare(TGroup group, int parallelism, Task? commit, TimeSpan delay, long commitStarted) =>
            Task.Run(
                async () =>
                {
                    await StartDueAsync(commit, delay - time.GetElapsedTime(commitStarted), cancellationToken);
                    var started = time.GetTimestamp();
                    var prepared = await PrepareGroupAsync(await read(group, cancellationToken), parallelism, cancellationToken);
                    if (commit is not null)
                    {
                        // Only a group extracted beside a commit says how long the next one will take: the first
                        // group has every core to itself and takes about half as long.
                        schedule.Prepared(time.GetElapsedTime(started));
                    }

                    return prepared;
                },
                cancellationToken);

        // The commit is single-threaded and is what a stream waits on: while one runs, extraction leaves it a core
        // (it still finishes first: extracting a bulletin costs a fraction of committing it).
        var besideCommit = Math.Max(1, Environment.ProcessorCount - 1);
        var next = groups.Count > 0 ? Prepare(groups[0], Environment.ProcessorCount, null, TimeSpan.Zero, time.GetTimestamp()) : null;
        for (var i = 0; next is not null; i++)
        {
            var current = await next;
            // The store's write runs on the calling thread, so the next group waits on this signal, not on the call.
            var committed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var started = time.GetTimestamp();
            next = i + 1 < groups.Count ? Prepare(groups[i + 1], besideCommit, committed.Task, schedule.Delay, started) : null;
            try
            {
                IReadOnlyList<GroupOutcome> outcomes;
                try
                {
                    outcomes = await CommitPreparedAsync(current, cancellationToken);
                }
                finally
                {
                    committed.TrySetResult();
                }

                schedule.Committed(time.GetElapsedTime(started));
                finished(groups[i], outcomes);
            }
            catch when (next is not null)
            {
                // Do not leave the next group's extraction running unobserved behind the exception.
                await next.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
                throw;
            }
        }
    }

    /// <summary>Returns once <paramref name="delay"/> has passed or <paramref name="commit"/> has ended, whichever is first.</summary>
    private async Task StartDueAsync(Task? commit, TimeSpan delay, CancellationToken cancellationToken)
    {
        if (commit is null || delay <= TimeSpan.Zero)
        {
            return;
        }

        using var due = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await Task.WhenAny(commit, Task.Delay(delay, time, due.Token));
        await due.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task<PreparedGroup> PrepareGroupAsync(IReadOnlyList<BulletinFile> files, int parallelism, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        var group = new PreparedGroup(files);
        await Parallel.ForEachAsync(
            Enumerable.Range(0, files.Count),
            new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken },
            async (i, ct) =>
            {
                try
                {
                    group.Started[i] = time.GetTimestamp();
                    group.Steps[i] = await PrepareAsync(files[i].Name, files[i].Content, group.Started[i], ct);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    throw;
                }
#pragma warning disable CA1031 // One file's failure is that file's outcome; the others go on.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    group.Outcomes[i] = new GroupOutcome(null, ex);
                }
            });
        return group;
    }

    private async Task<IReadOnlyList<GroupOutcome>> CommitPreparedAsync(PreparedGroup prepared, CancellationToken cancellationToken)
    {
        using var activity = IngestionTelemetry.ActivitySource.StartActivity("ingest bulletin group");
        var (files, steps, outcomes) = (prepared.Files, prepared.Steps, prepared.Outcomes);
        activity?.SetTag("bulletin.count", files.Count);

        // The same content twice in one group, or in the group committed while this one was extracted: the first is
        // committed, the others are ingested again afterwards and see it (same name, or a Duplicate record).
        var group = new List<int>();
        var repeats = new List<int>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < files.Count; i++)
        {
            if (steps[i] is { Done: { } done })
            {
                telemetry.Processed(done.Status.ToString().ToLowerInvariant(), time.GetElapsedTime(prepared.Started[i]));
                outcomes[i] = new GroupOutcome(done, null);
            }
            else if (steps[i] is { Pending: { } pending })
            {
                (ids.Add(pending.Bulletin.Id) && !committedBefore.Contains(pending.Bulletin.Id) ? group : repeats).Add(i);
            }
        }

        await CommitGroupAsync(group, steps, outcomes, cancellationToken);
        committedBefore = ids;
        foreach (var i in repeats)
        {
            outcomes[i] = await OutcomeOfAsync(() => IngestAsync(files[i].Name, files[i].Content, cancellationToken), cancellationToken);
        }

        return outcomes;
    }

    private async Task CommitGroupAsync(List<int> group, Step?[] steps, GroupOutcome[] outcomes, CancellationToken cancellationToken)
    {
        if (group.Count == 0)
        {
            return;
        }

        var pending = group.Select(i => steps[i]!.Pending!).ToList();
        if (pending.Count > 1)
        {
            try
            {
                await resilience.ExecuteAsync(
                    "commit-group",
                    ct => store.CommitBulletinsAsync([.. pending.Select(p => (p.Bulletin, p.Graph))], ct),
                    cancellationToken);
                for (var k = 0; k < group.Count; k++)
                {
                    outcomes[group[k]] = Finished(pending[k], Committed(pending[k]));
                }

                return;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (Exception ex) when (StoreFaults.IsTransient(ex))
            {
                // Still unreachable after the retries: every member waits for the next scan, none is marked Failed.
                foreach (var i in group)
                {
                    outcomes[i] = new GroupOutcome(null, ex);
                }

                return;
            }
#pragma warning disable CA1031 // Refused: one member's graph is bad; each is retried on its own so only that one fails.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogGroupRetriedSingly(ex, group.Count);
            }
        }

        for (var k = 0; k < group.Count; k++)
        {
            var member = pending[k];
            var outcome = await OutcomeOfAsync(() => CommitOneAsync(member, cancellationToken), cancellationToken);
            outcomes[group[k]] = outcome.Bulletin is { } bulletin ? Finished(member, bulletin) : outcome;
        }
    }

    private GroupOutcome Finished(PendingCommit pending, Bulletin bulletin)
    {
        telemetry.Processed(bulletin.Status.ToString().ToLowerInvariant(), time.GetElapsedTime(pending.Started));
        return new GroupOutcome(bulletin, null);
    }

    private static async Task<GroupOutcome> OutcomeOfAsync(Func<Task<Bulletin>> ingest, CancellationToken cancellationToken)
    {
        try
        {
            return new GroupOutcome(await ingest(), null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Reported per file; the worker leaves the file for the next scan.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new GroupOutcome(null, ex);
        }
    }

    /// <summary>A group after extraction: per file, its step (finished or waiting for the commit) or its error.</summary>
    private sealed class PreparedGroup(IReadOnlyList<BulletinFile> files)
    {
        public IReadOnlyList<BulletinFile> Files { get; } = files;

        public Step?[] Steps { get; } = new Step?[files.Count];

        public long[] Started { get; } = new long[files.Count];

        public GroupOutcome[] Outcomes { get; } = new GroupOutcome[files.Count];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Group commit of {Count} bulletins failed; committing them one by one")]
    private partial void LogGroupRetriedSingly(Exception exception, int count);
}
