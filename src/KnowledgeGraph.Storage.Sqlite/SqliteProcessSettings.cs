using SQLitePCL;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// SQLite's process-wide memory statistics, turned off. SQLite takes the setting only before its first connection
/// opens, so the first store built in a process sets it; if something else opened SQLite earlier it is refused and
/// SQLite keeps counting, which is slower but just as correct.
/// </summary>
/// <remarks>
/// With the counters on, every sqlite3_malloc and free takes one process-wide mutex to keep them, so every reader and
/// the writer queue on one lock. Under load (8 concurrent computed chain maps at 1M) mutex locking was 8–12% of the
/// service's CPU, with contended waits (futex) on top. Nothing here reads the counters; the bench's memory breakdown
/// counts SQLite's allocations in malloc's figure instead.
/// <para>
/// Multi-thread mode (no per-connection mutex) was measured too and is deliberately not set: it saved a further ~6%
/// of a map's CPU, but makes any call on a connection from a second thread a race inside SQLite, and some are outside
/// this store's control: the pool's pruning timer closes idle connections, finalizers release statements, and
/// <see cref="Reading.RawQuery.FinalizeIdle"/> finalizes other connections' idle statements when a store is disposed.
/// With it on, disposing one store while another read crashed the process
/// (<c>SqliteProcessSettingsTests.Dispose_AnotherStoreReadingMeanwhile_ItsReadsStayCorrect</c>).
/// </para>
/// </remarks>
internal static class SqliteProcessSettings
{
    private static readonly Lazy<bool> AppliedOnce = new(Apply);

    /// <summary>Whether the setting took effect (false: SQLite was initialised before the first store).</summary>
    public static bool Applied => AppliedOnce.Value;

    private static bool Apply()
    {
        Batteries_V2.Init();
        var memoryStatistics = raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0);
        return memoryStatistics == raw.SQLITE_OK;
    }
}
