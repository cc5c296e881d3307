using SQLitePCL;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// SQLite's process-wide settings. SQLite takes them only before its first connection opens, so the first store
/// built in a process sets them; if something else opened SQLite earlier they are refused and SQLite keeps its
/// defaults, which are slower but just as correct.
/// </summary>
/// <remarks>
/// Under load (8 concurrent computed chain maps at 1M) 8–12% of the service's CPU was pthread mutex locking, with
/// contended waits (futex) on top; without it the same map took 0.72 of the CPU. Measured with two services side by side, alternating (docs/benchmarks.md):
/// <list type="bullet">
/// <item><b>Memory statistics off.</b> With them on, every sqlite3_malloc and free takes one process-wide mutex to keep
/// the counters, so every reader and the writer queue on one lock. Nothing here reads those counters; the bench's
/// memory breakdown counts SQLite's allocations in malloc's figure instead.</item>
/// <item><b>Multi-thread mode.</b> The default (serialized) locks a mutex per connection on every step and every column
/// read. Multi-thread mode drops it, which is safe while no connection is used by two threads at once, and none is:
/// a pooled reader belongs to one read until it goes back to the pool, the writer is serialised by the store's write
/// lock, the version probe reads under its own lock, and the WAL checkpointer opens a connection of its own.</item>
/// </list>
/// </remarks>
internal static class SqliteProcessSettings
{
    private static readonly Lazy<bool> AppliedOnce = new(Apply);

    /// <summary>Whether both settings took effect (false: SQLite was initialised before the first store).</summary>
    public static bool Applied => AppliedOnce.Value;

    private static bool Apply()
    {
        Batteries_V2.Init();
        var memoryStatistics = raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
        var threading = raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD);
        return memoryStatistics == raw.SQLITE_OK && threading == raw.SQLITE_OK;
    }
}
