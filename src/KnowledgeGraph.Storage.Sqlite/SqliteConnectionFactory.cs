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

    /// <summary>
    /// Native connections already set up. The pool hands the same native connection out again and pragmas stay set
    /// on it, so they run once per native connection instead of on every read (a cached answer is one tiny read).
    /// </summary>
    private readonly ConditionalWeakTable<sqlite3, object> configured = [];

    public SqliteConnectionFactory(SqliteStoreOptions options)
    {
        // Before the first connection opens, or SQLite refuses them.
        _ = SqliteProcessSettings.Applied;
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
        WriterPragmas = pragmas + $" PRAGMA cache_size = -{options.WriteCacheMegabytes * 1024};";
        // Readers only: the writer keeps its own page cache (WriteCacheMegabytes).
        pragmas += $" PRAGMA mmap_size = {options.MmapMegabytes * 1024L * 1024};";
    }

    /// <summary>
    /// The writer's own automatic checkpoint, only a backstop: <see cref="Writing.WalCheckpointer"/> checkpoints after
    /// every commit on a thread of its own. While groups follow each other the WAL restarts only after this one (the
    /// next group's write begins while the thread still copies the last group's frames), and it runs inside a commit,
    /// on the thread ingestion waits for. So it is set high, to come rarely: about every tenth group of 128 bulletins
    /// (docs/benchmarks-history.md, "The WAL's backstop at 1 GB"). The WAL is cut back to <c>journal_size_limit</c> when it
    /// restarts, so the disk holds that much only while a stream lasts.
    /// </summary>
    public const long BackstopCheckpointBytes = 1L << 30;

    /// <summary>SQLite counts the backstop in pages: 65,536 of 16 KB, 262,144 of 4 KB.</summary>
    public static long BackstopCheckpointPages(int pageSize) => BackstopCheckpointBytes / Math.Max(512, pageSize);

    /// <summary>
    /// Sets the backstop from the file's own page size (a file created before 16 KB pages were the default keeps its
    /// 4 KB ones). Call once the file has its schema: an empty file reports SQLite's default page size.
    /// </summary>
    public static void SetBackstopCheckpoint(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA page_size";
        var pageSize = Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
#pragma warning disable CA2100 // a number read from the file
        command.CommandText = $"PRAGMA wal_autocheckpoint = {BackstopCheckpointPages(pageSize)}";
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }

    public string ConnectionString { get; }

    /// <summary>What the write connection runs on opening: page cache and synchronous mode (the bench's raw floor runs the same, then <see cref="SetBackstopCheckpoint"/>).</summary>
    public string WriterPragmas { get; }

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

    /// <summary>A pooled connection for reads; its pragmas run only the first time the pool hands out its native connection.</summary>
    public Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) =>
        OpenConfiguredAsync(ConnectionString, pragmas, remember: true, cancellationToken);

    /// <summary>
    /// The store's one write connection, outside the pool so its larger page cache (<see cref="SqliteStoreOptions.WriteCacheMegabytes"/>)
    /// stays with the writer and never ends up behind a reader.
    /// </summary>
    public async Task<SqliteConnection> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var connection = await OpenConfiguredAsync(DedicatedConnectionString, WriterPragmas, remember: false, cancellationToken).ConfigureAwait(false);
        try
        {
            SetBackstopCheckpoint(connection);
            Schema.SearchGrams.Register(connection);
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

    private async Task<SqliteConnection> OpenConfiguredAsync(string connectionString, string settings, bool remember, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (remember && connection.Handle is { } handle && configured.TryGetValue(handle, out _))
            {
                return connection;
            }

            using var command = connection.CreateCommand();
#pragma warning disable CA2100 // built from numbers and constants, never from input
            command.CommandText = settings;
#pragma warning restore CA2100
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            if (remember && connection.Handle is { } configuredHandle)
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
}
