using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Sqlite.Keys;
using KnowledgeGraph.Storage.Sqlite.Querying;
using KnowledgeGraph.Storage.Sqlite.Reading;
using KnowledgeGraph.Storage.Sqlite.Schema;
using KnowledgeGraph.Storage.Sqlite.Writing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file in WAL mode. Writes are serialised in-process by a semaphore and
/// across processes by BEGIN IMMEDIATE plus the busy timeout; reads open their own pooled connection and run beside them.
/// </summary>
internal sealed partial class SqliteGraphStore : IGraphStore, IDisposable
{
    private readonly SqliteConnectionFactory connections;
    private readonly TimeProvider time;
    private readonly ILogger<SqliteGraphStore> logger;
    private readonly SemaphoreSlim writeLock = new(1, 1);
    private readonly SemaphoreSlim readGate;
    private readonly GraphVersionProbe versionProbe;
    private readonly WalCheckpointer checkpointer;
    private readonly SettledSummaries settled = new(SettledSummaries.DefaultCapacity);
    private readonly KnownNumbers knownNumbers = new(KnownNumbers.DefaultCapacity);
    private readonly int pageSize;
    private readonly int recentMentionRows;
    private SqliteConnection? writer;
    private volatile bool initialized;

    public SqliteGraphStore(IOptions<SqliteStoreOptions> options, TimeProvider time, ILogger<SqliteGraphStore> logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        connections = new SqliteConnectionFactory(options.Value);
        pageSize = options.Value.PageSize;
        recentMentionRows = options.Value.RecentMentionRows;
        versionProbe = new GraphVersionProbe(connections, time);
        checkpointer = new WalCheckpointer(connections.DedicatedConnectionString, logger);
        var readers = options.Value.ReadConcurrency > 0 ? options.Value.ReadConcurrency : Math.Max(2, Environment.ProcessorCount);
        readGate = new SemaphoreSlim(readers, readers);
        this.time = time;
        this.logger = logger;
    }

    internal string ConnectionString => connections.ConnectionString;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (initialized)
        {
            return;
        }

        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (initialized)
            {
                return;
            }

            connections.EnsureDirectory();
            var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                await SqliteSchema.ApplyAsync(connection, pageSize, cancellationToken).ConfigureAwait(false);
            }

            initialized = true;
            LogInitialized(logger, connections.DataSource, SqliteSchema.Version);
            if (!SqliteProcessSettings.Applied)
            {
                LogProcessSettingsRefused(logger);
            }
        }
        finally
        {
            writeLock.Release();
        }
    }

    /// <summary>Reads the counts every write keeps (<c>graph_counts</c>); only the small bulletin table is counted.</summary>
    public async Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default)
    {
        return await ReadAsync(
            async connection =>
            {
                int entities = 0, relations = 0, mentions = 0;
                var byKind = new Dictionary<EntityKind, int>();
                var byRelation = new Dictionary<RelationKind, int>();
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT tbl, kind, n FROM graph_counts WHERE n > 0; SELECT count(*) FROM bulletins;";
                using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var n = reader.GetInt32(2);
                    switch (reader.GetString(0))
                    {
                        case "entities":
                            byKind[Enum.Parse<EntityKind>(reader.GetString(1))] = n;
                            entities += n;
                            break;
                        case "relations":
                            byRelation[RelationKinds.Parse(reader.GetString(1))] = n;
                            relations += n;
                            break;
                        case "mentions":
                            mentions = n;
                            break;
                    }
                }

                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                var bulletins = await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? reader.GetInt32(0) : 0;
                return new GraphStats(entities, relations, mentions, bulletins, byKind, byRelation);
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Asked before every cached answer, so it must cost next to nothing: see <see cref="GraphVersionProbe"/> (this
    /// store's commits show at once, another process's within <see cref="GraphVersionProbe.ForeignWriteLatency"/>).
    /// </summary>
    public async Task<long?> GetGraphVersionAsync(CancellationToken cancellationToken = default)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return versionProbe.Read();
    }

    public async Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await ReadAsync(
                async connection =>
                {
                    using var command = connection.CreateCommand();
                    command.CommandText = "SELECT version FROM schema_info LIMIT 1";
                    var version = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                    return new StoreHealth(true, $"SQLite {connection.ServerVersion}, schema {version}, {connections.DataSource}");
                },
                cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // a health probe reports every failure instead of throwing
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new StoreHealth(false, $"SQLite store unavailable: {ex.Message}");
        }
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the file can be moved or deleted.
        versionProbe.Dispose();
        checkpointer.Dispose();
        writer?.Dispose();
        RawQuery.FinalizeIdle();
        connections.ClearPool();
        writeLock.Dispose();
        readGate.Dispose();
    }

    private async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);

        // SQLite reads are CPU work on the calling thread: more of them at once than there are cores only adds
        // connections, each with its own page cache to fill. A few busy connections keep their caches hot instead.
        await readGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = await connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using (connection.ConfigureAwait(false))
            {
                return await read(connection).ConfigureAwait(false);
            }
        }
        finally
        {
            readGate.Release();
        }
    }

    /// <summary>Runs <paramref name="write"/> in one IMMEDIATE transaction; the only way rows change.</summary>
    private async Task WriteAsync(Action<SqliteConnection, SqliteTransaction> write, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        await writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // One long-lived write connection: its page cache stays warm from one group commit to the next.
            var connection = writer ??= await connections.OpenWriterAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                // IMMEDIATE takes the write lock up front, so another process's writer makes us wait (busy timeout)
                // instead of failing later when a read lock would have to be upgraded.
                using var transaction = connection.BeginTransaction(deferred: false);
                write(connection, transaction);
                cancellationToken.ThrowIfCancellationRequested();
                BumpGraphVersion(connection, transaction);
                transaction.Commit();
                versionProbe.MarkStale();
                checkpointer.Request();
            }
            catch
            {
                // Whatever went wrong, the next write starts on a fresh connection rather than on one in an unknown state.
                writer = null;
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }
        }
        finally
        {
            writeLock.Release();
        }
    }

    private static void BumpGraphVersion(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE graph_version SET value = value + 1 WHERE id = 1";
        command.ExecuteNonQuery();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "SQLite graph store ready at {DataSource} (schema {Version})")]
    private static partial void LogInitialized(ILogger logger, string dataSource, int version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "SQLite was opened before the graph store, so it keeps its memory statistics, whose global mutex makes reads under load cost more CPU (see SqliteProcessSettings)")]
    private static partial void LogProcessSettingsRefused(ILogger logger);
}
