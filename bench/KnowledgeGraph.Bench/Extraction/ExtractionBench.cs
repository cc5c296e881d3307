using System.Diagnostics;
using KnowledgeGraph.Bench.Generation;
using KnowledgeGraph.Bench.Reporting;
using KnowledgeGraph.Domain.Extraction;

namespace KnowledgeGraph.Bench.Extraction;

/// <summary>Extraction alone, on one thread: characters per second per core, on the seeds and on generated bulletins.</summary>
internal static class ExtractionBench
{
    private const double TargetCharsPerSecond = 3_000_000;

    public static void Run(ResultSink sink)
    {
        var extractor = Parts.Extractor();
        if (extractor.Value is null)
        {
            sink.Skip("extraction", extractor.Missing!);
            return;
        }

        Measure(sink, extractor.Value, "seeds", Corpus.Seeds());
        // Generated issues with the seeds' size and content (mentions per 1,000 characters), as the ingestion figures use.
        Measure(sink, extractor.Value, "generated", Corpus.Generated(50, Corpus.SeedChars()));
        // The dense issues, as in every earlier run: 2.3× the seeds' mentions, organisations in nearly every sentence.
        Measure(sink, extractor.Value, "generated, dense issues", Corpus.GeneratedDense(50, Corpus.SeedChars()));
    }

    private static void Measure(ResultSink sink, IBulletinExtractor extractor, string corpus, IReadOnlyList<(string Name, string Text)> texts)
    {
        if (texts.Count == 0)
        {
            sink.Skip($"extraction on {corpus}", "no texts found");
            return;
        }

        var ids = texts.Select((t, i) => $"bench{i:D4}").ToArray();
        var warmup = WarmUp(extractor, texts, ids);
        var (chars, seconds, cpuSeconds) = RunFor(TimeSpan.FromSeconds(3), extractor, texts, ids);
        sink.Add(new Figure("-", "extraction", $"extraction chars/s per core ({corpus})", chars / cpuSeconds, "chars/s")
        {
            Target = Target.AtLeast(TargetCharsPerSecond),
            Note = $"per CPU-second of the (single-threaded) run, so a busy machine does not halve it; wall clock gave {chars / seconds:#,0} chars/s; measured after {warmup.TotalSeconds:0.0}s of warm-up, once the rate had settled",
        });
    }

    /// <summary>
    /// The service extracts for as long as it runs, so the figure is the steady state: warm up until two consecutive
    /// half-second windows agree within 5% (the JIT's tier-up and its background compiles are over), at least 2 s,
    /// at most 20 s.
    /// </summary>
    private static TimeSpan WarmUp(IBulletinExtractor extractor, IReadOnlyList<(string Name, string Text)> texts, string[] ids)
    {
        var watch = Stopwatch.StartNew();
        var previous = 0.0;
        while (watch.Elapsed < TimeSpan.FromSeconds(20))
        {
            var (chars, _, cpuSeconds) = RunFor(TimeSpan.FromSeconds(0.5), extractor, texts, ids);
            var rate = chars / Math.Max(cpuSeconds, 1e-6);
            if (watch.Elapsed >= TimeSpan.FromSeconds(2) && Math.Abs(rate - previous) <= 0.05 * previous)
            {
                break;
            }

            previous = rate;
        }

        return watch.Elapsed;
    }

    private static (long Chars, double Seconds, double CpuSeconds) RunFor(TimeSpan length, IBulletinExtractor extractor, IReadOnlyList<(string Name, string Text)> texts, string[] ids)
    {
        long chars = 0;
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < length)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                _ = extractor.Extract(ids[i], texts[i].Text);
                chars += texts[i].Text.Length;
            }
        }

        process.Refresh();
        return (chars, watch.Elapsed.TotalSeconds, (process.TotalProcessorTime - cpu).TotalSeconds);
    }
}
