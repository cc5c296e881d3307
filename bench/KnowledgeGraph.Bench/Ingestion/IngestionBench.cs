using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Channels;
using KnowledgeGraph.Bench.Generation;
using KnowledgeGraph.Bench.Reporting;
using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Bench.Ingestion;

/// <summary>
/// End-to-end ingestion of generated bulletin files (read → hash → decode → extract → commit) into a fresh embedded
/// store, against the raw prepared-statement insert of the same rows in the same run.
/// </summary>
internal static class IngestionBench
{
    private const double TargetBulletinsPerSecond = 200;

    public static async Task RunAsync(BenchOptions options, ResultSink sink, CancellationToken cancellationToken)
    {
        var extractor = Parts.Extractor();
        var work = Path.Combine(Path.GetTempPath(), $"kg-bench-ingest-{Environment.ProcessId}");
        var store = Parts.SqliteStore(Path.Combine(work, "e2e.db"));
        if (extractor.Value is null || store.Value is null)
        {
            sink.Skip("end-to-end ingestion", extractor.Missing ?? store.Missing!);
            return;
        }

        Directory.CreateDirectory(work);
        try
        {
            var inbox = Path.Combine(work, "inbox");
            Directory.CreateDirectory(inbox);
            var chars = Corpus.SeedChars();
            long totalChars = 0;
            foreach (var (name, text) in Corpus.Generated(options.Bulletins, chars))
            {
                await File.WriteAllTextAsync(Path.Combine(inbox, name), text, cancellationToken).ConfigureAwait(false);
                totalChars += text.Length;
            }

            await StoreLifetime.PrepareAsync(store.Value.Store, cancellationToken).ConfigureAwait(false);
            var files = Directory.GetFiles(inbox).Order(StringComparer.Ordinal).ToArray();
            var watch = Stopwatch.StartNew();
            var (graphs, commitSeconds) = await IngestAsync(files, extractor.Value, store.Value.Store, cancellationToken).ConfigureAwait(false);
            var seconds = watch.Elapsed.TotalSeconds;
            await store.Value.DisposeAsync().ConfigureAwait(false);

            var entities = graphs.Sum(g => g.Graph.Entities.Count);
            var rawSeconds = RawInsert(Path.Combine(work, "raw.db"), graphs);
            sink.Add(new Figure("-", "ingestion", "e2e ingestion bulletins/s (seed size)", files.Length / seconds, "bulletins/s")
            {
                Baseline = files.Length / rawSeconds,
                BaselineName = "raw insert",
                Target = Target.AtLeast(TargetBulletinsPerSecond),
                Note = $"{files.Length} bulletins of {chars} chars, {Environment.ProcessorCount} cores",
            });
            sink.Add(new Figure("-", "ingestion", "e2e ingestion share of raw insert rate", files.Length / seconds, "bulletins/s")
            {
                Baseline = files.Length / rawSeconds,
                BaselineName = "raw insert",
                Target = Target.RatioAtLeast(0.5),
                Note = "ratio ≥ 0.5 = within 2× of the raw insert",
            });
            sink.Add(new Figure("-", "ingestion", "e2e ingestion entities/s", entities / seconds, "entities/s"));
            sink.Add(new Figure("-", "ingestion", "e2e ingestion chars/s", totalChars / seconds, "chars/s"));
            sink.Add(new Figure("-", "ingestion", "store commit only, share of raw insert", files.Length / commitSeconds, "bulletins/s")
            {
                Baseline = files.Length / rawSeconds,
                BaselineName = "raw insert",
                Target = Target.RatioAtLeast(0.5),
            });
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Extraction on every core, commits on one writer (SQLite has one writer anyway).</summary>
    private static async Task<(List<(Bulletin Bulletin, BulletinGraph Graph)> Graphs, double CommitSeconds)> IngestAsync(
        string[] files, IBulletinExtractor extractor, IGraphStore store, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<(Bulletin, BulletinGraph)>(16);
        var producer = Parallel.ForEachAsync(
            files,
            new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken },
            async (file, ct) =>
            {
                var bytes = await File.ReadAllBytesAsync(file, ct).ConfigureAwait(false);
                var id = Convert.ToHexStringLower(SHA256.HashData(bytes));
                var text = Encoding.UTF8.GetString(bytes);
                var graph = extractor.Extract(id, text, ct);
                var bulletin = new Bulletin(id, Path.GetFileName(file), BulletinStatus.Ingested, DateTimeOffset.UtcNow)
                {
                    Articles = graph.Articles.Count,
                    Entities = graph.Entities.Count,
                    Relations = graph.Relations.Count,
                    SizeBytes = bytes.Length,
                    Encoding = "utf-8",
                    IngestedAt = DateTimeOffset.UtcNow,
                };
                await channel.Writer.WriteAsync((bulletin, graph), ct).ConfigureAwait(false);
            });
        _ = producer.ContinueWith(t => channel.Writer.Complete(t.Exception), TaskScheduler.Default);

        var graphs = new List<(Bulletin, BulletinGraph)>(files.Length);
        var commit = new Stopwatch();
        await foreach (var (bulletin, graph) in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            commit.Start();
            await store.CommitBulletinAsync(bulletin, graph, cancellationToken).ConfigureAwait(false);
            commit.Stop();
            graphs.Add((bulletin, graph));
        }

        await producer.ConfigureAwait(false);
        return (graphs, commit.Elapsed.TotalSeconds);
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
