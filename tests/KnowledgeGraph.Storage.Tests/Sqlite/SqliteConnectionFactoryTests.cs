using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

public sealed class SqliteConnectionFactoryTests : IDisposable
{
    private const long Gigabyte = 1L << 30;

    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Theory]
    [InlineData(16384)]
    [InlineData(4096)]
    public async Task OpenWriterAsync_FileOfEitherPageSize_BackstopCheckpointAtAGigabyteOfWal(int filePageSize)
    {
        var path = database.PathOf($"pages-{filePageSize}.db");
        await database.CreateStore(path, pageSize: filePageSize).InitializeAsync();

        // The service's settings as they are today: new files get 16 KB pages, whatever this file was created with.
        var factory = new SqliteConnectionFactory(new SqliteStoreOptions { Path = path });
        await using var writer = await factory.OpenWriterAsync(CancellationToken.None);

        Assert.Equal(filePageSize, Scalar(writer, "PRAGMA page_size"));
        Assert.Equal(Gigabyte, Scalar(writer, "PRAGMA wal_autocheckpoint") * filePageSize);
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
