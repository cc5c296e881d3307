using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The graph version from one dedicated, never-pooled connection that only reads. SQLite changes that connection's
/// <c>data_version</c> whenever any other connection commits, so an unchanged value means the counter in
/// <c>graph_version</c> is unchanged too and need not be read.
/// </summary>
internal sealed class GraphVersionProbe(SqliteConnectionFactory connections) : IDisposable
{
    private readonly Lock gate = new();
    private SqliteConnection? connection;
    private SqliteCommand? dataVersion;
    private SqliteCommand? graphVersion;
    private long seenDataVersion = -1;
    private long version;

    public long Read()
    {
        lock (gate)
        {
            try
            {
                return ReadLocked();
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
