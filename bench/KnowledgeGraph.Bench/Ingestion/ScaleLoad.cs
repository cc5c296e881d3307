using System.Diagnostics;
using System.Threading.Channels;
using KnowledgeGraph.Bench.Generation;
using KnowledgeGraph.Bench.Reporting;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Bench.Ingestion;

/// <summary>
/// Fills a store with a generated scale graph through its batch commit, the way the inbox worker writes a stream of
/// bulletins: batches of 1,000 entities (one bulletin each) committed in groups of <see cref="GroupSize"/> per
/// transaction (<c>CommitBulletinsAsync</c>), generation overlapped on another core; and the same batches through the
/// raw insert for the floor, committed at the same boundaries.
/// </summary>
internal static class ScaleLoad
{
    /// <summary>The worker's default group size with no queries served beside it (Ingestion:CommitGroupSize).</summary>
    public static readonly int GroupSize = KnowledgeGraph.Api.Ingestion.IngestionWorker.GroupSize(new KnowledgeGraph.Api.Ingestion.IngestionOptions(), serving: false);

    private static bool warm;

    /// <summary>
    /// Runs the store's and the raw insert's write paths once on a small throwaway graph, so the first scale measured
    /// (1k takes well under a second) times writing rather than compiling the code that writes.
    /// </summary>
    public static async Task WarmUpAsync(Func<string, Part<StoreHandle>> create, string work, CancellationToken cancellationToken)
    {
        if (warm)
        {
            return;
        }

        var generator = new GraphGenerator(new ScaleSpec(1_000), KnowledgeGraph.Domain.Catalogue.ChainCatalogue.Default, KnowledgeGraph.Domain.Regions.Gazetteer.Default);
        var path = Path.Combine(work, "warm-up.db");
        if (create(path).Value is { } store)
        {
            await using (store.ConfigureAwait(false))
            {
                await LoadAsync(store.Store, generator, path, cancellationToken).ConfigureAwait(false);
            }

            StoreLifetime.DeleteDatabase(path);
        }

        await RawAsync(path, generator, cancellationToken).ConfigureAwait(false);
        warm = true;
    }

    /// <param name="sqlitePath">The store's file when it is SQLite: checkpointed after the reference data, before timing.</param>
    public static async Task<double> LoadAsync(IGraphStore store, GraphGenerator generator, string? sqlitePath, CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        var (entities, relations) = generator.Reference();
        await store.UpsertReferenceAsync(entities, relations, cancellationToken).ConfigureAwait(false);
        if (sqlitePath is not null)
        {
            await StoreLifetime.CheckpointAsync(sqlitePath, cancellationToken).ConfigureAwait(false);
        }
        var watch = Stopwatch.StartNew();
        var group = new List<(Bulletin, BulletinGraph)>(GroupSize);
        await foreach (var batch in Produce(generator, cancellationToken).ConfigureAwait(false))
        {
            group.Add(batch);
            if (group.Count == GroupSize)
            {
                await store.CommitBulletinsAsync(group, cancellationToken).ConfigureAwait(false);
                group.Clear();
            }
        }

        await store.CommitBulletinsAsync(group, cancellationToken).ConfigureAwait(false);
        return watch.Elapsed.TotalSeconds;
    }

    public static async Task<double> RawAsync(string path, GraphGenerator generator, CancellationToken cancellationToken)
    {
        StoreLifetime.DeleteDatabase(path);
        var watch = Stopwatch.StartNew();
        using (var raw = new RawSqliteSink(path))
        {
            var written = 0;
            await foreach (var (bulletin, graph) in Produce(generator, cancellationToken).ConfigureAwait(false))
            {
                raw.Write(bulletin, graph);
                if (++written % GroupSize == 0)
                {
                    raw.Commit();
                }
            }

            raw.Commit();
        }

        var seconds = watch.Elapsed.TotalSeconds;
        StoreLifetime.DeleteDatabase(path);
        return seconds;
    }

    public static void Report(ResultSink sink, string scale, int entities, double storeSeconds, double? rawSeconds)
    {
        sink.Add(new Figure(scale, "load", "scale load entities/s (store batch commit)", entities / storeSeconds, "entities/s")
        {
            Baseline = rawSeconds is { } r ? entities / r : null,
            BaselineName = "raw insert",
            Target = rawSeconds is null ? null : Target.RatioAtLeast(0.5),
            Note = $"~5 relations and 6 mentions per entity; batches of 1,000 committed {GroupSize} per transaction as the inbox worker commits bulletins; ratio ≥ 0.5 = within 2× of the raw insert",
        });
        sink.Add(new Figure(scale, "load", "scale load seconds", storeSeconds, "s"));
    }

    private static IAsyncEnumerable<(Bulletin, BulletinGraph)> Produce(GraphGenerator generator, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<(Bulletin, BulletinGraph)>(4);
        _ = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var batch in generator.Batches())
                    {
                        await channel.Writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
                    }

                    channel.Writer.Complete();
                }
                catch (Exception e) when (e is OperationCanceledException or InvalidOperationException)
                {
                    channel.Writer.Complete(e);
                }
            },
            cancellationToken);
        return channel.Reader.ReadAllAsync(cancellationToken);
    }
}
