using KnowledgeGraph.Storage.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite.Writing;

public sealed class WalCheckpointerTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Request_AfterACommitLeftInTheWal_CopiesItIntoTheDatabaseFile()
    {
        Directory.CreateDirectory(database.Directory);
        var path = database.PathOf();
        var connectionString = $"Data Source={path};Pooling=False";
        using var writer = new SqliteConnection(connectionString);
        writer.Open();
        Execute(writer, """
            PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;
            CREATE TABLE sentences (id INTEGER PRIMARY KEY, sentence TEXT NOT NULL);
            """);
        using (var transaction = writer.BeginTransaction())
        {
            using var insert = writer.CreateCommand();
            insert.CommandText = """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 5000)
                INSERT INTO sentences (sentence) SELECT '国家乳业技术创新中心在呼和浩特揭牌，聚焦奶源、加工与检测。' || i FROM n
                """;
            insert.ExecuteNonQuery();
            transaction.Commit();
        }

        var before = new FileInfo(path).Length;
        using var checkpointer = new WalCheckpointer(connectionString);

        checkpointer.Request();

        await WaitForAsync(() => checkpointer.Completed > 0);
        // The committed pages were only in the WAL; the checkpoint wrote them into the file, with no writer waiting on it.
        Assert.True(new FileInfo(path).Length > before + (100 * 1024), $"file {before} → {new FileInfo(path).Length} bytes");
        Assert.Equal(5000L, (long)Scalar(new SqliteConnection(connectionString), "SELECT count(*) FROM sentences"));
    }

    [Fact]
    public async Task Request_FileCannotBeOpened_NeitherThrowsNorStopsLaterRequests()
    {
        using var checkpointer = new WalCheckpointer($"Data Source={Path.Combine(database.Directory, "missing", "kg.db")};Mode=ReadWrite;Pooling=False");

        checkpointer.Request();
        await Task.Delay(200);
        checkpointer.Request();
        await Task.Delay(200);

        // Failures are logged and the writer's own automatic checkpoint remains the backstop.
        Assert.Equal(0, checkpointer.Completed);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        for (var waited = 0; !condition(); waited += 20)
        {
            Assert.True(waited < 10_000, "the checkpoint did not run within 10 s");
            await Task.Delay(20);
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static object Scalar(SqliteConnection connection, string sql)
    {
        using (connection)
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return command.ExecuteScalar()!;
        }
    }
}
