using SQLitePCL;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Process-wide SQLite settings, set before the library's first connection (it refuses them afterwards with
/// SQLITE_MISUSE, and then nothing changes). The store never uses one connection on two threads at once: reads take a
/// pooled connection each, the writer is behind the write lock, the version probe behind its own. So SQLite's
/// serialised mode, which locks a mutex on every call into a connection, buys nothing here; nor does the memory
/// statistics mutex taken on every allocation. At 1M entities the two mutexes were 6% of a computed chain map's CPU.
/// </summary>
internal static class SqliteProcessSettings
{
    private static readonly Lock Gate = new();
    private static bool applied;

    /// <summary>SQLite's result codes for the two settings, in order (0: set; 21: too late, a connection was opened first).</summary>
    public static (int MemoryStatistics, int MultiThread) Results { get; private set; }

    public static void Apply()
    {
        lock (Gate)
        {
            if (applied)
            {
                return;
            }

            applied = true;
            Batteries_V2.Init();
            Results = (raw.sqlite3_config(raw.SQLITE_CONFIG_MEMSTATUS, 0), raw.sqlite3_config(raw.SQLITE_CONFIG_MULTITHREAD));
        }
    }
}
