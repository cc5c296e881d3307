using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>A directory under the system temp folder holding real SQLite files; deleted with every store made in it.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly List<SqliteGraphStore> stores = [];

    public TempDatabase()
    {
        Directory = Path.Combine(Path.GetTempPath(), "kg-sqlite-tests", Guid.NewGuid().ToString("N"));
    }

    public string Directory { get; }

    public string PathOf(string fileName = "knowledgegraph.db") => Path.Combine(Directory, fileName);

    public SqliteGraphStore CreateStore(string? path = null, TimeSpan? busyTimeout = null, int readConcurrency = 0, int? pageSize = null, int? recentMentionRows = null)
    {
        var options = new SqliteStoreOptions { Path = path ?? PathOf(), ReadConcurrency = readConcurrency };
        if (recentMentionRows is { } rows)
        {
            options.RecentMentionRows = rows;
        }

        if (pageSize is { } size)
        {
            options.PageSize = size;
        }

        if (busyTimeout is { } timeout)
        {
            options.BusyTimeout = timeout;
        }

        var store = new SqliteGraphStore(Options.Create(options), TimeProvider.System, NullLogger<SqliteGraphStore>.Instance);
        stores.Add(store);
        return store;
    }

    /// <summary>A connection of its own to <paramref name="path"/>, pooling off: behaves like another process that owns its own handle.</summary>
    public static async Task<SqliteConnection> OpenForeignAsync(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    public void Dispose()
    {
        foreach (var store in stores)
        {
            store.Dispose();
        }

        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
