using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// Copies committed WAL pages back into the database file on a thread of its own, after each commit. Left to SQLite's
/// automatic checkpoint, the committing thread does the copy (and the file's fsync) itself once the WAL passes its
/// limit, and the writer is the bottleneck of ingestion; on two cores the other one is mostly idle while a group
/// commits. With 2,000 bulletins in the file a 64-bulletin commit dirties ~16,000 pages (~63 MB), so the copy is a
/// large share of a commit. A passive checkpoint never blocks the writer or readers; the writer's own automatic
/// checkpoint stays on, at a higher limit, as the backstop should this thread fall behind or fail.
/// </summary>
internal sealed partial class WalCheckpointer : IDisposable
{
    private readonly string connectionString;
    private readonly ILogger logger;
    private readonly SemaphoreSlim signal = new(0, 1);
    private readonly CancellationTokenSource stop = new();
    private readonly object gate = new();
    private Thread? thread;
    private long completed;
    private bool disposed;

    public WalCheckpointer(string connectionString, ILogger? logger = null)
    {
        this.connectionString = connectionString;
        this.logger = logger ?? NullLogger.Instance;
    }

    /// <summary>Checkpoints run so far.</summary>
    public long Completed => Interlocked.Read(ref completed);

    /// <summary>Asks for a checkpoint soon; requests that arrive while one runs are folded into the next.</summary>
    public void Request()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            if (thread is null)
            {
                thread = new Thread(Run) { IsBackground = true, Name = "sqlite-wal-checkpoint" };
                thread.Start();
            }

            // Only this method (under the lock) raises the count and the thread only lowers it, so a count of 1 means a
            // request is already waiting; inside the lock, Dispose cannot dispose the semaphore before the release.
            if (signal.CurrentCount == 0)
            {
                signal.Release();
            }
        }
    }

    public void Dispose()
    {
        Thread? running;
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
            running = thread;
        }

        stop.Cancel();
        running?.Join();
        stop.Dispose();
        signal.Dispose();
    }

    private void Run()
    {
        SqliteConnection? connection = null;
        try
        {
            while (true)
            {
                signal.Wait(stop.Token);
                try
                {
                    connection ??= Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = "PRAGMA wal_checkpoint(PASSIVE);";
                    command.ExecuteNonQuery();
                    Interlocked.Increment(ref completed);
                }
#pragma warning disable CA1031 // the writer's automatic checkpoint is the backstop; this thread must not die
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    LogFailed(logger, ex);
                    connection?.Dispose();
                    connection = null;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed: the last connection to close checkpoints what is left.
        }
        finally
        {
            connection?.Dispose();
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        return connection;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Background WAL checkpoint failed; the writer's automatic checkpoint takes over until the next one succeeds")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
