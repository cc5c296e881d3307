using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// Opens pooled connections with the per-connection settings the store relies on. Readers take a connection per
/// call (WAL lets them run beside the writer); the single writer is serialised by the store itself.
/// </summary>
internal sealed class SqliteConnectionFactory
{
    private readonly string pragmas;
    private readonly string writerPragmas;

    /// <summary>
    /// Native connections already set up. The pool hands the same native connection out again and pragmas stay set
    /// on it, so they run once per native connection instead of on every read (a cached answer is one tiny read).
    /// </summary>
    private readonly ConditionalWeakTable<sqlite3, object> configured = [];

    public SqliteConnectionFactory(SqliteStoreOptions options)
    {
        var builder = string.IsNullOrWhiteSpace(options.ConnectionString)
            ? new SqliteConnectionStringBuilder { DataSource = System.IO.Path.GetFullPath(options.Path) }
            : new SqliteConnectionStringBuilder(options.ConnectionString);
        builder.Pooling = true;

        // Microsoft.Data.Sqlite retries BUSY itself until the command timeout; keep both waits the same length.
        var seconds = (int)Math.Ceiling(options.BusyTimeout.TotalSeconds);
        builder.DefaultTimeout = Math.Max(seconds, 1);
        ConnectionString = builder.ToString();
        builder.Pooling = false;
        DedicatedConnectionString = builder.ToString();
        DataSource = builder.DataSource;

        var ms = ((long)options.BusyTimeout.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);

        // synchronous=NORMAL is durable across application crashes in WAL mode and much faster than FULL.
        pragmas = $"PRAGMA busy_timeout = {ms}; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = OFF; PRAGMA cache_size = -{options.CacheMegabytes * 1024}; PRAGMA journal_size_limit = 67108864;";
        writerPragmas = pragmas + $" PRAGMA cache_size = -{options.WriteCacheMegabytes * 1024}; PRAGMA wal_autocheckpoint = 16384;";
    }

    public string ConnectionString { get; }

    /// <summary>For a connection the store keeps open itself (the version probe), outside the pool.</summary>
    public string DedicatedConnectionString { get; }

    public string DataSource { get; }

    public void EnsureDirectory()
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(DataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (connection.Handle is { } handle && configured.TryGetValue(handle, out _))
            {
                return connection;
            }

            using var command = connection.CreateCommand();
#pragma warning disable CA2100 // built from numbers and constants, never from input
            command.CommandText = pragmas;
#pragma warning restore CA2100
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            if (connection.Handle is { } configuredHandle)
            {
                configured.AddOrUpdate(configuredHandle, this);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// The store's one write connection, outside the pool so its larger page cache (<see cref="SqliteStoreOptions.WriteCacheMegabytes"/>)
    /// stays with the writer and never ends up behind a reader.
    /// </summary>
    public async Task<SqliteConnection> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(DedicatedConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var command = connection.CreateCommand();
#pragma warning disable CA2100 // built from numbers and constants, never from input
            command.CommandText = writerPragmas;
#pragma warning restore CA2100
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public void ClearPool()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }
}
