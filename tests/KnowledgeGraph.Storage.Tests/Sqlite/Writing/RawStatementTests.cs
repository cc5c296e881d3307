using KnowledgeGraph.Storage.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite.Writing;

public sealed class RawStatementTests : IDisposable
{
    private const string InsertSentenceSql = """
        INSERT INTO sentences (source_no, article_index, sentence_index, sentence_start, article_title, sentence)
        VALUES (?1, 0, 0, 0, '乳业振兴', ?2)
        """;

    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task Insert_SentenceRows_ReturnsEachRowsIdAsStored()
    {
        await using var connection = await OpenAsync();
        using var insert = new RawStatement(connection, InsertSentenceSql);
        string[] sentences = ["国家乳业技术创新中心在呼和浩特市揭牌运行。", "巴彦淖尔国家农高区聚焦饲草种植。", "自治区科技厅支持乳业关键技术攻关。"];

        var ids = sentences.Select((s, i) => insert.Int(1, i + 1).Text(2, s).Insert()).ToList();

        using var read = connection.CreateCommand();
        read.CommandText = "SELECT id, sentence FROM sentences ORDER BY id";
        var stored = new List<(long, string)>();
        using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                stored.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        Assert.Equal(ids.Zip(sentences), stored);
        Assert.Equal(3, ids.Distinct().Count());
    }

    [Fact]
    public async Task Insert_ConstraintBroken_ThrowsAndStoresNothing()
    {
        await using var connection = await OpenAsync();
        using var insert = new RawStatement(connection, InsertSentenceSql);
        insert.Int(1, 1).Text(2, "国家乳业技术创新中心在呼和浩特市揭牌运行。").Insert();

        var error = Assert.Throws<SqliteException>(() => insert.Int(1, 1).Text(2, null).Insert());

        Assert.Contains("NOT NULL", error.Message, StringComparison.Ordinal);
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM sentences";
        Assert.Equal(1L, await count.ExecuteScalarAsync());
    }

    /// <summary>A connection to a store's file, so the rows go into the store's own sentence table.</summary>
    private async Task<SqliteConnection> OpenAsync()
    {
        await database.CreateStore().InitializeAsync();
        return await TempDatabase.OpenForeignAsync(database.PathOf());
    }
}
