using System.Globalization;
using KnowledgeGraph.Bench.Generation;

namespace KnowledgeGraph.Bench;

/// <summary>Command line: <c>--scale 10k</c> or <c>--scales 1k,10k,100k</c>, plus knobs with defaults that finish in minutes.</summary>
internal sealed record BenchOptions
{
    public IReadOnlyList<int> Scales { get; init; } = [10_000];

    public int Concurrency { get; init; } = 8;

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(4);

    /// <summary>Generated bulletins for the end-to-end ingestion run.</summary>
    public int Bulletins { get; init; } = 400;

    public string Results { get; init; } = Path.Combine(RepoRoot(), "bench", "results");

    /// <summary>Keep generated scale databases under results/data and reuse them on the next run.</summary>
    public bool KeepData { get; init; }

    public bool SkipRaw { get; init; }

    public IReadOnlySet<string> Only { get; init; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    public bool Runs(string section) => Only.Count == 0 || Only.Contains(section);

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--scale" or "--scales" => options with { Scales = [.. Value().Split(',', StringSplitOptions.RemoveEmptyEntries).Select(ScaleSpec.Parse)] },
                "--concurrency" => options with { Concurrency = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--duration" => options with { Duration = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(double.Parse(Value(), CultureInfo.InvariantCulture)) },
                "--bulletins" => options with { Bulletins = int.Parse(Value(), CultureInfo.InvariantCulture) },
                "--results" => options with { Results = Path.GetFullPath(Value()) },
                "--keep-data" => options with { KeepData = true },
                "--skip-raw" => options with { SkipRaw = true },
                "--only" => options with { Only = Value().Split(',').ToHashSet(StringComparer.OrdinalIgnoreCase) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'. See bench/README.md."),
            };
        }

        return options;
    }

    /// <summary>The repository root (where KnowledgeGraph.sln is), found upwards from the working directory.</summary>
    public static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
