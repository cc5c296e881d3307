using KnowledgeGraph.Bench.Generation;
using KnowledgeGraph.Bench.Reporting;
using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Bench.Ingestion;

/// <summary>
/// The same end-to-end run into a file that already holds a history of bulletins, as a deployment's file does. The
/// fresh-file figure alone hid that each commit gets dearer as the file grows: a group's rows land on more, and more
/// scattered, pages of the B-trees, each read in and written to the WAL again. Version 10's text keys made those
/// trees twice the size they are on node and edge numbers (docs/design-integer-keys.md).
/// </summary>
internal static partial class IngestionBench
{
    /// <summary>About five weeks of a national deployment's bulletins (a province publishes one every week or two).</summary>
    public const int HistoryBulletins = 2_000;

    private static async Task MeasureGrownAsync(
        ResultSink sink, string work, string[] files, IBulletinExtractor extractor, int chars, (double Seconds, WriterPageCounts Pages, List<(Bulletin Bulletin, BulletinGraph Graph)> Graphs) fresh, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(work);

        // Generated after the measured ones (indexes from files.Length on), so none of them is a repeat.
        var history = await WriteInboxAsync(Path.Combine(work, "history"), Corpus.Generated(files.Length, HistoryBulletins, chars), cancellationToken).ConfigureAwait(false);
        var template = Path.Combine(work, "history.db");
        var historyGraphs = Reextract(history, extractor);
        await StoreOnlyAsync(template, historyGraphs, ScaleLoad.GroupSize, cancellationToken).ConfigureAwait(false);
        await StoreLifetime.CheckpointAsync(template, cancellationToken).ConfigureAwait(false);
        var megabytes = Megabytes(template);

        var (runs, rawRuns) = (new List<double>(), new List<double>());
        var pageRuns = new List<WriterPageCounts>();
        var failed = 0;
        for (var run = 0; run < Repeats; run++)
        {
            // Interleaved with the floor, each into its own copy of the history, as the fresh-file figures are.
            var path = Path.Combine(work, $"e2e-{run}.db");
            File.Copy(template, path, overwrite: true);
            (var seconds, failed, var groupSize, var pages) = (await EndToEndAsync(path, files, extractor, cancellationToken).ConfigureAwait(false))!.Value;
            runs.Add(seconds);
            pageRuns.Add(pages);
            StoreLifetime.DeleteDatabase(path);
            rawRuns.Add(RawInsertIntoCopy(template, Path.Combine(work, $"raw-{run}.db"), copy => new RawSqliteSink(copy), fresh.Graphs, groupSize));
        }

        StoreLifetime.DeleteDatabase(template);
        var n = files.Length;
        sink.Add(new Figure("-", "ingestion", $"e2e ingestion bulletins/s (seed size, into a file holding {HistoryBulletins:N0} bulletins)", n / Median(runs), "bulletins/s")
        {
            Baseline = n / fresh.Seconds,
            BaselineName = "fresh file",
            Target = Target.AtLeast(TargetBulletinsPerSecond),
            Note = $"the fresh-file figure's {n} bulletins, through the same pipeline, into a copy of a {megabytes:0} MB file holding "
                + $"{HistoryBulletins:N0} other generated issues of the same kind; {failed} not ingested; median of {Repeats} runs ({Rates(n, runs)} bulletins/s); "
                + "the ratio is to the fresh-file e2e of this run",
        });
        sink.Add(new Figure("-", "ingestion", $"e2e ingestion share of raw insert rate, into a file holding {HistoryBulletins:N0} bulletins", n / Median(runs), "bulletins/s")
        {
            Baseline = n / Median(rawRuns),
            BaselineName = "raw insert into the same file",
            Target = Target.RatioAtLeast(0.5),
            Note = $"the floor: the same rows raw-inserted (RawSqliteSink) into another copy of the {HistoryBulletins:N0}-bulletin file, "
                + $"interleaved with the e2e runs; median of {Repeats} ({Rates(n, rawRuns)} bulletins/s). How much of the grown file's cost is SQLite's "
                + "own, on this schema, and how much is the pipeline's",
        });
        var grown = MedianPages(pageRuns);
        sink.Add(PagesFigure(n, grown, $", into a file holding {HistoryBulletins:N0} bulletins", $"median of {Repeats} runs; the writer's page-cache misses: {grown.Misses / (double)n:0.0} per bulletin (fresh file {fresh.Pages.Misses / (double)n:0.0}); the ratio is to the fresh file's pages of this run") with
        {
            Baseline = fresh.Pages.Writes / (double)n,
            BaselineName = "fresh file",
        });
    }

    /// <summary>A floor's seconds for <paramref name="graphs"/> raw-inserted into a copy of <paramref name="template"/>, made at <paramref name="path"/> and deleted after.</summary>
    private static double RawInsertIntoCopy(
        string template, string path, Func<string, RawSink> open, List<(Bulletin Bulletin, BulletinGraph Graph)> graphs, int groupSize)
    {
        File.Copy(template, path, overwrite: true);
        try
        {
            return RawInsert(() => open(path), graphs, groupSize);
        }
        finally
        {
            StoreLifetime.DeleteDatabase(path);
        }
    }

    private static double Megabytes(string path) => new FileInfo(path).Length / (1024.0 * 1024);
}
