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
    /// million entities), or every lookup becomes a system call and chain maps slow down as the graph grows.
    /// </summary>
    public int CacheMegabytes { get; set; } = 32;

    /// <summary>Reads run at once (0: the number of cores, at least 2); more requests wait their turn.</summary>
    public int ReadConcurrency { get; set; }

    /// <summary>
    /// Page cache of the single write connection, in MB. A group commit inserts at random keys all over the mention,
    /// relation and entity indexes; when those pages do not fit, dirty pages spill to the WAL mid-transaction and are
    /// read back, which roughly doubles the cost of a commit. Filled only by writes.
    /// </summary>
    public int WriteCacheMegabytes { get; set; } = 64;

    /// <summary>
    /// How much of the file readers map into memory, in MB (0: none). Mapped pages are read in place from the
    /// operating system's cache, shared by every connection, instead of being copied into each connection's page
    /// cache with a system call per page: what keeps index lookups flat when the file is much larger than the caches.
    /// </summary>
    public int MmapMegabytes { get; set; }
}
