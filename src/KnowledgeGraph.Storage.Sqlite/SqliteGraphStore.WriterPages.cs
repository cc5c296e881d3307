using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Pages the write connection read from the file (its page-cache misses) and wrote (to the WAL, spills included).</summary>
internal readonly record struct WriterPageCounts(long Misses, long Writes);

internal sealed partial class SqliteGraphStore
{
    /// <summary>
    /// The writer's page counts since its connection opened (a write that failed reopens it, and the counts start
    /// again). Unlike a rate they do not move with the machine's speed, which on a shared 2-core machine moved a
    /// grown-file ingestion rate by 30% from one minute to the next: the bench reports them per bulletin so a change
    /// to the write path can be judged by the pages it costs.
    /// </summary>
    internal async Task<WriterPageCounts> GetWriterPageCountsAsync(CancellationToken cancellationToken = default)
    {
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return writer?.Handle is { } handle
                ? new WriterPageCounts(Status(handle, raw.SQLITE_DBSTATUS_CACHE_MISS), Status(handle, raw.SQLITE_DBSTATUS_CACHE_WRITE))
                : default;
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>A counter SQLite cannot read is an error, not a zero: the bench would print it as a write path that costs nothing.</summary>
    private static long Status(sqlite3 handle, int counter)
    {
        SqliteException.ThrowExceptionForRC(raw.sqlite3_db_status(handle, counter, out var current, out _, 0), handle);
        return current;
    }
}
