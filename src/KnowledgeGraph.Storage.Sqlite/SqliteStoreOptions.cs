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
    /// Page cache per pooled connection, in MB. The operating system caches the file anyway; a small cache keeps the
    /// service's memory flat as the graph grows and as concurrent readers open more connections.
    /// </summary>
    public int CacheMegabytes { get; set; } = 8;

    /// <summary>
    /// Page cache of the single write connection, in MB. A group commit inserts at random keys all over the mention,
    /// relation and entity indexes; when those pages do not fit, dirty pages spill to the WAL mid-transaction and are
    /// read back, which roughly doubles the cost of a commit. Filled only by writes.
    /// </summary>
    public int WriteCacheMegabytes { get; set; } = 64;
}
