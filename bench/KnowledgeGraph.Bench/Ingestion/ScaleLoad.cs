using System.Diagnostics;
using System.Threading.Channels;
using KnowledgeGraph.Bench.Generation;
using KnowledgeGraph.Bench.Reporting;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Bench.Ingestion;

/// <summary>
/// Fills a store with a generated scale graph through its batch commit (one <c>CommitBulletinAsync</c> per batch),
/// generation overlapped on another core, and the same batches through the raw insert for the floor.
/// </summary>
internal static class ScaleLoad
{
    public static async Task<double> LoadAsync(IGraphStore store, GraphGenerator generator, CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        var (entities, relations) = generator.Reference();
        await store.UpsertReferenceAsync(entities, relations, cancellationToken).ConfigureAwait(false);
        var watch = Stopwatch.StartNew();
        await foreach (var (bulletin, graph) in Produce(generator, cancellationToken).ConfigureAwait(false))
        {
            await store.CommitBulletinAsync(bulletin, graph, cancellationToken).ConfigureAwait(false);
        }

        return watch.Elapsed.TotalSeconds;
    }

    public static async Task<double> RawAsync(string path, GraphGenerator generator, CancellationToken cancellationToken)
    {
        StoreLifetime.DeleteDatabase(path);
        var watch = Stopwatch.StartNew();
        using (var raw = new RawSqliteSink(path))
        {
            await foreach (var (bulletin, graph) in Produce(generator, cancellationToken).ConfigureAwait(false))
            {
                raw.Write(bulletin, graph);
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
            Note = "~5 relations and 6 mentions per entity; ratio ≥ 0.5 = within 2× of the raw insert",
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
