using KnowledgeGraph.Storage.Sqlite.Reading;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite.Reading;

public sealed class BinaryCollationTests
{
    /// <summary>Names as bulletins write them: fullwidth brackets, a CJK Extension B character (a surrogate pair), prefixes.</summary>
    private static readonly string[] Names =
    [
        "内蒙古伊利实业集团股份有限公司",
        "内蒙古伊利实业集团",
        "内蒙古（巴彦淖尔）乳业技术创新中心",
        "内蒙古𠀀乳业技术创新中心",
        "内蒙古乳业技术创新中心",
        "内蒙古\uE000乳业",
        "内蒙古\uFFFD乳业",
        "ChainSegment:乳业/乳制品加工",
        "ChainSegment:乳业/奶牛养殖",
        "ＡＢ乳业",
        "AB乳业",
        "",
    ];

    [Fact]
    public async Task Compare_FullwidthAndSupplementaryCharacters_SortsAsSqliteOrderBy()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE t (name TEXT NOT NULL)";
            await create.ExecuteNonQueryAsync();
        }

        foreach (var name in Names)
        {
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO t VALUES ($name)";
            insert.Parameters.AddWithValue("$name", name);
            await insert.ExecuteNonQueryAsync();
        }

        var bySqlite = new List<string>();
        await using (var select = connection.CreateCommand())
        {
            select.CommandText = "SELECT name FROM t ORDER BY name";
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                bySqlite.Add(reader.GetString(0));
            }
        }

        var inMemory = Names.ToList();
        inMemory.Sort(BinaryCollation.Compare);

        Assert.Equal(bySqlite, inMemory);
        // Ordinal UTF-16 order puts the surrogate pair before U+E000; SQLite does not: the case the comparer exists for.
        Assert.NotEqual(bySqlite, Names.Order(StringComparer.Ordinal).ToList());
    }

    [Fact]
    public void Compare_NullAndPrefix_NullFirstThenShorterFirst()
    {
        Assert.True(BinaryCollation.Compare(null, string.Empty) < 0);
        Assert.True(BinaryCollation.Compare("内蒙古伊利实业集团", "内蒙古伊利实业集团股份有限公司") < 0);
        Assert.Equal(0, BinaryCollation.Compare("乳业", "乳业"));
    }
}
