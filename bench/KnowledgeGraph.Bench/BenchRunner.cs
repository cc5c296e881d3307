using System.Globalization;
using System.Runtime.InteropServices;
using KnowledgeGraph.Bench.Extraction;
using KnowledgeGraph.Bench.Generation;
using KnowledgeGraph.Bench.Ingestion;
using KnowledgeGraph.Bench.Reporting;

namespace KnowledgeGraph.Bench;

/// <summary>The whole run: extraction, end-to-end ingestion, then every scale on SQLite (and Neo4j when configured).</summary>
internal static class BenchRunner
{
    public static async Task<int> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var sink = new ResultSink();
        var header = Header(options);
        foreach (var (key, value) in header)
        {
            Console.WriteLine($"{key}: {value}");
        }

        var work = Path.Combine(Path.GetTempPath(), $"kg-bench-{Environment.ProcessId}");
        var inbox = Path.Combine(work, "empty-inbox");
        Directory.CreateDirectory(inbox);
        try
        {
            if (options.Runs("extraction"))
            {
                Console.WriteLine("== extraction");
                ExtractionBench.Run(sink);
            }

            if (options.Runs("ingestion"))
            {
                Console.WriteLine("== end-to-end ingestion");
                await IngestionBench.RunAsync(options, sink, cancellationToken).ConfigureAwait(false);
            }

            foreach (var target in new[] { StoreTarget.Sqlite(inbox), StoreTarget.Neo4j(inbox) })
            {
                if (target.Name == "neo4j" && Parts.Neo4jStore() is { Missing: { } reason })
                {
                    sink.Skip("Neo4j ingestion and queries", reason);
                    continue;
                }

                foreach (var scale in options.Scales)
                {
                    await new ScaleBench(options, sink, target, work).RunAsync(scale, cancellationToken).ConfigureAwait(false);
                }
            }

            GrowthFigures.Add(sink, options.Scales);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }

        Console.WriteLine();
        Console.WriteLine(sink.Table());
        if (options.Scales.Count > 1)
        {
            Console.WriteLine(sink.SideBySide([.. options.Scales.Select(ScaleSpec.Format)]));
        }

        header["load average at end"] = LoadAverage();
        Console.WriteLine($"load average at end: {header["load average at end"]}");
        var file = sink.WriteJson(options.Results, header);
        Console.WriteLine($"results: {file}");
        return 0;
    }

    private static Dictionary<string, string> Header(BenchOptions options) => new(StringComparer.Ordinal)
    {
        ["date"] = DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        ["machine"] = $"{Environment.ProcessorCount} cores, {Cpu()}, {RuntimeInformation.OSDescription}",
        ["runtime"] = RuntimeInformation.FrameworkDescription,
        ["load average at start"] = LoadAverage(),
        ["scales"] = string.Join(",", options.Scales.Select(ScaleSpec.Format)),
        ["concurrency"] = options.Concurrency.ToString(CultureInfo.InvariantCulture),
        ["duration"] = $"{options.Duration.TotalSeconds:0.#}s per query after {options.Warmup.TotalSeconds:0.#}s warm-up",
    };

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string Cpu()
    {
        const string cpuinfo = "/proc/cpuinfo";
        var line = File.Exists(cpuinfo) ? File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal)) : null;
        return line?.Split(':', 2)[1].Trim() ?? RuntimeInformation.ProcessArchitecture.ToString();
    }
}
