namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Settings of the embedded store, bound from <c>Graph:Sqlite</c>.</summary>
public sealed class SqliteStoreOptions
{
    public const string SectionName = "Graph:Sqlite";

    /// <summary>Database file; relative paths resolve against the working directory. Its directory is created if missing.</summary>
    public string Path { get; set; } = "data/knowledgegraph.db";

    /// <summary>A full Microsoft.Data.Sqlite connection string; when set it wins over <see cref="Path"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a write waits for another process's lock before failing with SQLITE_BUSY.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Page cache per read connection, in MB. At most <see cref="ReadConcurrency"/> read connections are busy at once,
    /// so this bounds the readers' memory; it must hold the index pages one chain map visits (about 16 MB at a
    /// million entities), or every lookup becomes a system call and chain maps slow down as the graph grows. At 1M,
    /// 24 MB against 32 took 14–19 MB off the service's peak serving alone and 3–35 MB off its peak while it also
    /// ingests, with no query measurably slower (three alternating pairs, docs/benchmarks.md).
    /// </summary>
    public int CacheMegabytes { get; set; } = 24;

    /// <summary>Reads run at once (0: the number of cores, at least 2); more requests wait their turn.</summary>
    public int ReadConcurrency { get; set; }

    /// <summary>
    /// Page cache of the single write connection, in MB. Filled only by writes, and all of it is resident while the
    /// service ingests: with 64 MB the service peaked at 389 MB ingesting 400 bulletins into a 10k graph, with 16 MB at
    /// 302 MB, and commits were no slower (400 bulletins end to end; 100k and 1M scale loads). A group writes its rows in key
    /// order, so the pages it dirties are mostly neighbours.
    /// </summary>
    public int WriteCacheMegabytes { get; set; } = 16;

    /// <summary>
    /// Bytes per database page, applied when the store creates its file; an existing file keeps the size it was made
    /// with (converting one takes <c>PRAGMA page_size</c> and <c>VACUUM</c> outside WAL mode, see docs/storage-sqlite.md).
    /// A commit's rows land all over the text-keyed B-trees, so its cost goes with the number of pages it dirties more
    /// than with their bytes: with 16 KB pages 400 bulletins went into a file already holding 2,000 at 135–154/s
    /// against 104–127/s with SQLite's default 4 KB (1 and 2 KB were slower still, 32 and 64 KB no faster).
    /// </summary>
    public int PageSize { get; set; } = 16384;

    /// <summary>
    /// Mentions of new bulletins wait in a small table of their own until it holds this many, then move into the
    /// large target-keyed one in a single pass (see <c>mention_spans_recent</c> in the schema). More makes each move
    /// rarer and the small table larger; a seed-size bulletin has ~350 mentions, so the default is ~370 bulletins.
    /// </summary>
    public int RecentMentionRows { get; set; } = 131072;

    /// <summary>
    /// How much of the file readers map into memory, in MB (0: none). Mapped pages are read in place from the
    /// operating system's cache, shared by every connection, instead of being copied into each connection's page
    /// cache with a system call per page: what keeps index lookups flat when the file is much larger than the caches.
    /// </summary>
    public int MmapMegabytes { get; set; }
}
