using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The graph version from one dedicated, never-pooled connection that only reads. SQLite changes that connection's
/// <c>data_version</c> whenever any other connection commits, so an unchanged value means the counter in
/// <c>graph_version</c> is unchanged too and need not be read. This store's own commits mark the probe stale at once;
/// commits by another process are looked for at most every <see cref="ForeignWriteLatency"/>, so a cached answer is
/// never older than that after another process writes the same file.
/// </summary>
internal sealed class GraphVersionProbe(SqliteConnectionFactory connections, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan ForeignWriteLatency = TimeSpan.FromMilliseconds(20);

    private readonly Lock gate = new();
    private long checkedAt;
    private bool stale = true;
    private SqliteConnection? connection;
    private SqliteCommand? dataVersion;
    private SqliteCommand? graphVersion;
    private long seenDataVersion = -1;
    private long version;

    /// <summary>Called after every commit through this store, so its own writes are seen by the very next read.</summary>
    public void MarkStale()
    {
        lock (gate)
        {
            stale = true;
        }
    }

    public long Read()
    {
        lock (gate)
        {
            if (!stale && time.GetElapsedTime(checkedAt) < ForeignWriteLatency)
            {
                return version;
            }

            try
            {
                var read = ReadLocked();
                (stale, checkedAt) = (false, time.GetTimestamp());
                return read;
            }
            catch (SqliteException)
            {
                // A broken connection (file replaced, I/O error) is dropped; the next call opens a fresh one.
                Close();
                throw;
            }
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            Close();
        }
    }

    private long ReadLocked()
    {
        if (connection is null)
        {
            connection = new SqliteConnection(connections.DedicatedConnectionString);
            connection.Open();
            dataVersion = connection.CreateCommand();
            dataVersion.CommandText = "PRAGMA data_version";
            graphVersion = connection.CreateCommand();
            graphVersion.CommandText = "SELECT value FROM graph_version WHERE id = 1";
            seenDataVersion = -1;
        }

        var current = (long)dataVersion!.ExecuteScalar()!;
        if (current != seenDataVersion)
        {
            version = (long)graphVersion!.ExecuteScalar()!;
            seenDataVersion = current;
        }

        return version;
    }

    private void Close()
    {
        dataVersion?.Dispose();
        graphVersion?.Dispose();
        connection?.Dispose();
        (connection, dataVersion, graphVersion) = (null, null, null);
    }
}
