using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>Section <c>Ingestion</c>: the inbox folder the worker watches.</summary>
internal sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    public bool Enabled { get; set; } = true;

    /// <summary>Absolute, or relative to the content root / current directory / their parents (see <see cref="InboxLocator"/>).</summary>
    [Required]
    public string Inbox { get; set; } = "seeds";

    /// <summary>File name pattern of bulletins in the inbox.</summary>
    [Required]
    public string Pattern { get; set; } = "*.txt";

    /// <summary>Full rescan period, the safety net for missed file-system events (network shares, editors that rename).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Quiet time after a file-system event before scanning, so a file being copied is read once, complete.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Most articles one bulletin may hold (a real issue has a handful); more means a data dump or a mis-split file,
    /// recorded Failed rather than flooding the graph. Size and text limits are under <c>Ingestion:Decoding</c>.
    /// </summary>
    [Range(1, 100_000)]
    public int MaxArticles { get; set; } = 200;

    /// <summary>
    /// Bulletins extracted side by side (one per core) and then committed in one store transaction; 1 commits each on
    /// its own. Larger groups amortise the commit: once an SQLite file holds a few thousand bulletins, a group's edges,
    /// node rows and facts land on nearly every leaf of those trees, so a commit rewrites about the same pages whatever
    /// its size. 128 ingests ~14% more bulletins/s than 64 into a file holding 2,000 and holds ~40 MB more at the
    /// peak of a long stream (docs/benchmarks-history.md, "Commit groups of 128"); a deployment short of memory sets 64.
    /// </summary>
    [Range(1, 256)]
    public int CommitGroupSize { get; set; } = 128;

    /// <summary>
    /// The group size while the service is also answering queries (one answered in the last few seconds); the smaller
    /// of this and <see cref="CommitGroupSize"/> applies. A group's extracted graphs and the writer's rows for them are
    /// what ingestion adds to the service's memory, on top of the queries' own: at 1M entities, groups of 64 peaked
    /// 12–20 MB lower while serving chain maps, with the same query latency and the same time to drain 400 dense issues
    /// (docs/benchmarks.md, "Twenty-second session"). With no queries the larger groups' rate is kept.
    /// </summary>
    [Range(1, 256)]
    public int CommitGroupSizeWhileServing { get; set; } = 64;

    /// <summary>Retries of a store write that failed transiently (locked SQLite file, Neo4j unavailable) before the file waits for the next scan.</summary>
    [Range(0, 100)]
    public int StoreRetries { get; set; } = 6;

    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan StoreRetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan StoreRetryMaxDelay { get; set; } = TimeSpan.FromSeconds(10);
}
