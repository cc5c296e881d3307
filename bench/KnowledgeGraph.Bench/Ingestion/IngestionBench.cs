using System.Diagnostics;
using KnowledgeGraph.Bench.Generation;
using KnowledgeGraph.Bench.Reporting;
using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Bench.Ingestion;

/// <summary>
/// End-to-end ingestion of generated bulletin files through the service's own pipeline (read → hash → decode →
/// extract → resolve → commit) into a fresh embedded store, one pipeline call per core. In the same run, the same
/// extracted graphs are committed again into a second fresh store (store alone) and raw-inserted (the floor).
/// </summary>
internal static class IngestionBench
{
    private const double TargetBulletinsPerSecond = 200;

    public static async Task RunAsync(BenchOptions options, ResultSink sink, CancellationToken cancellationToken)
    {
        var work = Path.Combine(Path.GetTempPath(), $"kg-bench-ingest-{Environment.ProcessId}");
        var extractor = Parts.Extractor();
        if (extractor.Value is null)
        {
            sink.Skip("end-to-end ingestion", extractor.Missing!);
            return;
        }

        Directory.CreateDirectory(work);
        try
        {
            var chars = Corpus.SeedChars();
            var files = await WriteInboxAsync(Path.Combine(work, "inbox"), options.Bulletins, chars, cancellationToken).ConfigureAwait(false);
            var e2e = await EndToEndAsync(Path.Combine(work, "e2e.db"), files, extractor.Value, cancellationToken).ConfigureAwait(false);
            if (e2e is null)
            {
                sink.Skip("end-to-end ingestion", Parts.SqliteStore(string.Empty).Missing!);
                return;
            }

            var graphs = Reextract(files, extractor.Value);
            var storeSeconds = await StoreOnlyAsync(Path.Combine(work, "store.db"), graphs, cancellationToken).ConfigureAwait(false);
            var rawSeconds = RawInsert(Path.Combine(work, "raw.db"), graphs);
            var n = files.Length;
            var (seconds, failed) = e2e.Value;
            sink.Add(new Figure("-", "ingestion", "e2e ingestion bulletins/s (seed size)", n / seconds, "bulletins/s")
            {
                Baseline = n / rawSeconds,
                BaselineName = "raw insert",
                Target = Target.AtLeast(TargetBulletinsPerSecond),
                Note = $"{n} bulletins of ~{chars} chars, {Environment.ProcessorCount} pipeline calls at a time, {failed} not ingested; {graphs.Sum(g => g.Graph.Entities.Count)} entities, {graphs.Sum(g => g.Graph.Relations.Count)} relations, {graphs.Sum(g => g.Graph.Mentions.Count)} mentions",
            });
            sink.Add(new Figure("-", "ingestion", "e2e ingestion share of raw insert rate", n / seconds, "bulletins/s")
            {
                Baseline = n / rawSeconds,
                BaselineName = "raw insert",
                Target = Target.RatioAtLeast(0.5),
                Note = "ratio ≥ 0.5 = e2e within 2× of the raw insert of the same rows",
            });
            sink.Add(new Figure("-", "ingestion", "e2e ingestion entities/s", graphs.Sum(g => g.Graph.Entities.Count) / seconds, "entities/s"));
            sink.Add(new Figure("-", "ingestion", "store commit alone, share of raw insert rate", n / storeSeconds, "bulletins/s")
            {
                Baseline = n / rawSeconds,
                BaselineName = "raw insert",
                Target = Target.RatioAtLeast(0.5),
                Note = "the same graphs committed one bulletin per transaction into a fresh store; the raw insert is one transaction",
            });
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task<string[]> WriteInboxAsync(string inbox, int count, int chars, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(inbox);
        foreach (var (name, text) in Corpus.Generated(count, chars))
        {
            await File.WriteAllTextAsync(Path.Combine(inbox, name), text, cancellationToken).ConfigureAwait(false);
        }

        return [.. Directory.GetFiles(inbox).Order(StringComparer.Ordinal)];
    }

    private static async Task<(double Seconds, int Failed)?> EndToEndAsync(string path, string[] files, IBulletinExtractor extractor, CancellationToken cancellationToken)
    {
        var store = Parts.SqliteStore(path);
        if (store.Value is null)
        {
            return null;
        }

        await using (store.Value.ConfigureAwait(false))
        {
            await StoreLifetime.PrepareAsync(store.Value.Store, cancellationToken).ConfigureAwait(false);
            var ingest = Parts.Pipeline(store.Value.Store, extractor);
            var failed = 0;
            var watch = Stopwatch.StartNew();
            await Parallel.ForEachAsync(
                files,
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
                async (file, ct) =>
                {
                    var bytes = await File.ReadAllBytesAsync(file, ct).ConfigureAwait(false);
                    var bulletin = await ingest(Path.GetFileName(file), bytes, ct).ConfigureAwait(false);
                    if (bulletin.Status != BulletinStatus.Ingested)
                    {
                        Interlocked.Increment(ref failed);
                    }
                }).ConfigureAwait(false);
            return (watch.Elapsed.TotalSeconds, failed);
        }
    }

    private static List<(Bulletin Bulletin, BulletinGraph Graph)> Reextract(string[] files, IBulletinExtractor extractor) =>
        [.. files.AsParallel().AsOrdered().Select(file =>
        {
            var bytes = File.ReadAllBytes(file);
            var id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
            var graph = extractor.Extract(id, System.Text.Encoding.UTF8.GetString(bytes));
            var bulletin = new Bulletin(id, Path.GetFileName(file), BulletinStatus.Ingested, DateTimeOffset.UnixEpoch)
            {
                IngestedAt = DateTimeOffset.UnixEpoch,
                Articles = graph.Articles.Count,
                Entities = graph.Entities.Count,
                Relations = graph.Relations.Count,
                SizeBytes = bytes.Length,
            };
            return (bulletin, graph);
        })];

    private static async Task<double> StoreOnlyAsync(string path, List<(Bulletin Bulletin, BulletinGraph Graph)> graphs, CancellationToken cancellationToken)
    {
        var store = Parts.SqliteStore(path).Value!;
        await using (store.ConfigureAwait(false))
        {
            await StoreLifetime.PrepareAsync(store.Store, cancellationToken).ConfigureAwait(false);
            var watch = Stopwatch.StartNew();
            foreach (var (bulletin, graph) in graphs)
            {
                await store.Store.CommitBulletinAsync(bulletin, graph, cancellationToken).ConfigureAwait(false);
            }

            return watch.Elapsed.TotalSeconds;
        }
    }

    private static double RawInsert(string path, List<(Bulletin Bulletin, BulletinGraph Graph)> graphs)
    {
        var watch = Stopwatch.StartNew();
        using (var raw = new RawSqliteSink(path))
        {
            foreach (var (bulletin, graph) in graphs)
            {
                raw.Write(bulletin, graph);
            }

            raw.Commit();
        }

        return watch.Elapsed.TotalSeconds;
    }
}
