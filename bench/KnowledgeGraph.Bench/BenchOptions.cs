using System.Globalization;
using KnowledgeGraph.Bench.Generation;

namespace KnowledgeGraph.Bench;

/// <summary>Command line: <c>--scale 10k</c> or <c>--scales 1k,10k,100k</c>, plus knobs with defaults that finish in minutes.</summary>
internal sealed record BenchOptions
{
    public const string Usage = """
        usage: dotnet run -c Release --project bench/KnowledgeGraph.Bench -- [options]
               dotnet run -c Release --project bench/KnowledgeGraph.Bench -- generate --bulletins N --out DIR [--chars C]

          --scales 1k,10k,100k,1M   graph sizes to load and query (default 10k)
          --duration S              seconds each query is measured (default 4), after --warmup S (default 1)
          --concurrency N           requests in flight (default 8)
          --bulletins N             generated bulletins for the ingestion figures (default 400)
          --only a,b                sections: extraction, ingestion, load, queries, memory (default all)
          --keep-data               keep the scale databases in bench/results/data and reuse them without --only load
          --skip-raw                skip the raw-insert floor of the scale load
          --results DIR             where the JSON goes (default bench/results)
          --help                    this text

        Store settings come from the environment as for the service (Graph__Sqlite__WriteCacheMegabytes=16 …);
        NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD add the Neo4j figures. See bench/README.md.
        """;

    /// <summary>--help: print <see cref="Usage"/> and run nothing.</summary>
    public bool Help { get; init; }

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
                "--help" or "-h" => options with { Help = true },
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
