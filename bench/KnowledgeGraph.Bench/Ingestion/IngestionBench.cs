using System.Diagnostics;
using KnowledgeGraph.Bench.Generation;
using KnowledgeGraph.Bench.Reporting;
using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Bench.Ingestion;

/// <summary>
/// End-to-end ingestion of generated bulletin files through the service's own pipeline (read → hash → decode →
/// extract → resolve → commit) into a fresh embedded store, one pipeline call per core. In the same run, the same
/// extracted graphs are committed again into a second fresh store (store alone) and raw-inserted (the floor).
/// </summary>
internal static partial class IngestionBench
{
    private const double TargetBulletinsPerSecond = 200;
    private const int WarmUpBulletins = 400;

    /// <summary>
    /// A run of 400 bulletins takes ~2 s, and single runs on this 2-core machine spread ±15% (163–240 bulletins/s for
    /// one build in one afternoon): e2e, store alone and the raw floor are each the median of three.
    /// </summary>
    private const int Repeats = 3;

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
            var seedLike = await WriteInboxAsync(Path.Combine(work, "inbox"), Corpus.Generated(options.Bulletins, chars), cancellationToken).ConfigureAwait(false);
            var dense = await WriteInboxAsync(Path.Combine(work, "inbox-dense"), Corpus.GeneratedDense(options.Bulletins, chars), cancellationToken).ConfigureAwait(false);

            // Warm-up into a throwaway store: the service runs warm. A cold process spends its first bulletins in
            // unoptimised (tier-0) code, and 64 warm-up bulletins were not enough: extraction in the measured run still
            // cost 7 ms a bulletin against 2.5 ms warm (with tiered compilation off the same run gave 99/s, not 70/s).
            // The dense issues exercise every extraction and commit path.
            if (await EndToEndAsync(Path.Combine(work, "warm-up.db"), dense[..Math.Min(dense.Length, WarmUpBulletins)], extractor.Value, cancellationToken).ConfigureAwait(false) is null)
            {
                sink.Skip("end-to-end ingestion", Parts.SqliteStore(string.Empty).Missing!);
                return;
            }

            var fresh = await MeasureAsync(sink, Path.Combine(work, "seed-like"), seedLike, extractor.Value, string.Empty, TargetBulletinsPerSecond, cancellationToken).ConfigureAwait(false);
            await MeasureGrownAsync(sink, Path.Combine(work, "grown"), seedLike, extractor.Value, chars, fresh, cancellationToken).ConfigureAwait(false);
            await MeasureAsync(sink, Path.Combine(work, "dense"), dense, extractor.Value, ", dense issues", null, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>
    /// One corpus: end to end through the pipeline, then the same graphs committed by the store alone (grouped as the
    /// worker groups them, and one per transaction) and raw-inserted, each into a fresh file.
    /// </summary>
    /// <returns>The end-to-end time (median) and the writer's pages, for the grown-file figures' baselines, and the extracted graphs for its floor.</returns>
    private static async Task<(double Seconds, WriterPageCounts Pages, List<(Bulletin Bulletin, BulletinGraph Graph)> Graphs)> MeasureAsync(
        ResultSink sink, string work, string[] files, IBulletinExtractor extractor, string suffix, double? target, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(work);
        var graphs = Reextract(files, extractor);
        var (e2eRuns, storeRuns, rawRuns) = (new List<double>(), new List<double>(), new List<double>());
        var pageRuns = new List<WriterPageCounts>();
        int failed = 0, groupSize = 0;
        for (var run = 0; run < Repeats; run++)
        {
            // Interleaved, so a slow spell of the machine touches all three alike; each into a fresh file.
            var e2e = Path.Combine(work, $"e2e-{run}.db");
            (var e2eSeconds, failed, groupSize, var e2ePages) = (await EndToEndAsync(e2e, files, extractor, cancellationToken).ConfigureAwait(false))!.Value;
            e2eRuns.Add(e2eSeconds);
            pageRuns.Add(e2ePages);
            var store = Path.Combine(work, $"store-{run}.db");
            storeRuns.Add(await StoreOnlyAsync(store, graphs, groupSize, cancellationToken).ConfigureAwait(false));
            var raw = Path.Combine(work, $"raw-{run}.db");
            rawRuns.Add(RawInsert(() => new RawSqliteSink(raw), graphs, groupSize));
            foreach (var file in new[] { e2e, store, raw })
            {
                StoreLifetime.DeleteDatabase(file);
            }
        }

        var (seconds, storeSeconds, rawSeconds) = (Median(e2eRuns), Median(storeRuns), Median(rawRuns));
        var singleSeconds = await StoreOnlyAsync(Path.Combine(work, "single.db"), graphs, 1, cancellationToken).ConfigureAwait(false);
        var n = files.Length;
        var repeats = $"median of {Repeats} interleaved runs (e2e {Rates(n, e2eRuns)}; store {Rates(n, storeRuns)}; raw {Rates(n, rawRuns)} bulletins/s)";
        var chars = files.Sum(f => (long)File.ReadAllText(f).Length);
        var mentions = graphs.Sum(g => g.Graph.Mentions.Count);
        var workload = $"{n} generated issues of ~{chars / n} chars, {mentions * 1000.0 / chars:0} mentions per 1,000 chars (the seeds: 53), "
            + $"{graphs.Sum(g => g.Graph.Entities.Count)} entities, {graphs.Sum(g => g.Graph.Relations.Count)} relations, {mentions} mentions";
        sink.Add(new Figure("-", "ingestion", $"e2e ingestion bulletins/s (seed size{suffix})", n / seconds, "bulletins/s")
        {
            Baseline = n / rawSeconds,
            BaselineName = "raw insert",
            Target = target is { } t ? Target.AtLeast(t) : null,
            Note = $"{workload}; groups of {groupSize} extracted on {Environment.ProcessorCount} cores (the next while the current commits) and committed together, as the inbox worker does, {failed} not ingested; {repeats}",
        });
        sink.Add(new Figure("-", "ingestion", $"e2e ingestion share of raw insert rate{suffix}", n / seconds, "bulletins/s")
        {
            Baseline = n / rawSeconds,
            BaselineName = "raw insert",
            Target = Target.RatioAtLeast(0.5),
            Note = "ratio ≥ 0.5 = e2e within 2× of the raw insert of the same rows",
        });
        sink.Add(new Figure("-", "ingestion", $"e2e ingestion entities/s{suffix}", graphs.Sum(g => g.Graph.Entities.Count) / seconds, "entities/s"));
        sink.Add(new Figure("-", "ingestion", $"store commit alone, share of raw insert rate{suffix}", n / storeSeconds, "bulletins/s")
        {
            Baseline = n / rawSeconds,
            BaselineName = "raw insert",
            Target = Target.RatioAtLeast(0.5),
            Note = $"the same graphs committed into a fresh store in groups of {groupSize} per transaction (as the inbox worker commits them), and so is the raw insert",
        });
        sink.Add(new Figure("-", "ingestion", $"store commit alone, one bulletin per transaction{suffix}", n / singleSeconds, "bulletins/s")
        {
            Baseline = n / rawSeconds,
            BaselineName = "raw insert",
            Note = "the ingestBulletin mutation's path: one transaction per bulletin (no target)",
        });
        var pages = MedianPages(pageRuns);
        sink.Add(PagesFigure(n, pages, suffix, $"median of {Repeats} runs; the writer's page-cache misses (pages read from the file): {pages.Misses / (double)n:0.0} per bulletin"));
        return (seconds, pages, graphs);
    }

    /// <summary>
    /// The writer's page writes (to the WAL, spills included) per bulletin: a count, so it does not move with the
    /// machine's speed as the rates do, and a change to the write path can be judged by it within one run.
    /// </summary>
    private static Figure PagesFigure(int bulletins, WriterPageCounts pages, string suffix, string note) =>
        new("-", "ingestion", $"e2e pages written per bulletin (seed size{suffix})", pages.Writes / (double)bulletins, "pages/bulletin")
        {
            Note = $"pages of {Parts.SqliteOptions.PageSize / 1024} KB (a new file's; the grown file's template is made with the same setting); {note}",
        };

    private static WriterPageCounts MedianPages(List<WriterPageCounts> runs) =>
        runs.OrderBy(r => r.Writes).ElementAt(runs.Count / 2);

    private static async Task<string[]> WriteInboxAsync(string inbox, IReadOnlyList<(string Name, string Text)> texts, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(inbox);
        foreach (var (name, text) in texts)
        {
            await File.WriteAllTextAsync(Path.Combine(inbox, name), text, cancellationToken).ConfigureAwait(false);
        }

        return [.. Directory.GetFiles(inbox).Order(StringComparer.Ordinal)];
    }

    private static async Task<(double Seconds, int Failed, int GroupSize, WriterPageCounts Pages)?> EndToEndAsync(string path, string[] files, IBulletinExtractor extractor, CancellationToken cancellationToken)
    {
        var store = Parts.SqliteStore(path);
        if (store.Value is null)
        {
            return null;
        }

        Stopwatch watch;
        int failed, groupSize;
        WriterPageCounts pages;
        await using (store.Value.ConfigureAwait(false))
        {
            await StoreLifetime.PrepareAsync(store.Value.Store, cancellationToken).ConfigureAwait(false);
            await StoreLifetime.CheckpointAsync(path, cancellationToken).ConfigureAwait(false);
            var ingest = Parts.Pipeline(store.Value.Store, extractor);
            groupSize = ingest.GroupSize;
            watch = Stopwatch.StartNew();

            // As the inbox worker does: groups of files, the next one read and extracted while the current one commits.
            failed = await ingest.IngestAsync(files, cancellationToken).ConfigureAwait(false);
            pages = await ((SqliteGraphStore)store.Value.Store).GetWriterPageCountsAsync(cancellationToken).ConfigureAwait(false);
        }

        // Includes closing the store, as the raw time includes its close.
        return (watch.Elapsed.TotalSeconds, failed, groupSize, pages);
    }

    /// <summary>Each run's seconds for <paramref name="n"/> bulletins as bulletins/s, for a figure's note.</summary>
    private static string Rates(int n, List<double> runs) =>
        string.Join(", ", runs.Select(r => (n / r).ToString("0", System.Globalization.CultureInfo.InvariantCulture)));

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
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

    private static async Task<double> StoreOnlyAsync(string path, List<(Bulletin Bulletin, BulletinGraph Graph)> graphs, int groupSize, CancellationToken cancellationToken)
    {
        var store = Parts.SqliteStore(path).Value!;
        Stopwatch? watch;
        await using (store.ConfigureAwait(false))
        {
            await StoreLifetime.PrepareAsync(store.Store, cancellationToken).ConfigureAwait(false);
            await StoreLifetime.CheckpointAsync(path, cancellationToken).ConfigureAwait(false);
            watch = Stopwatch.StartNew();
            foreach (var group in graphs.Chunk(groupSize))
            {
                await store.Store.CommitBulletinsAsync(group, cancellationToken).ConfigureAwait(false);
            }
        }

        // Includes closing the store (what its commits left in the WAL goes into the file), as the raw time includes its close.
        return watch!.Elapsed.TotalSeconds;
    }

    private static double RawInsert(Func<RawSink> open, List<(Bulletin Bulletin, BulletinGraph Graph)> graphs, int groupSize)
    {
        var watch = Stopwatch.StartNew();
        using (var raw = open())
        {
            foreach (var group in graphs.Chunk(groupSize))
            {
                foreach (var (bulletin, graph) in group)
                {
                    raw.Write(bulletin, graph);
                }

                raw.Commit();
            }
        }

        return watch.Elapsed.TotalSeconds;
    }
}
