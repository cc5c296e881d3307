using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Storage.Sqlite.Reading;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite.Reading;

public sealed class RawQueryTests
{
    [Fact]
    public async Task Repeated_ManyRowsFewValues_SameValuesAsDecodingEachRowAndOneInstancePerValue()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var segments = new[] { "ChainSegment:乳业/奶牛养殖", "ChainSegment:乳业/乳制品加工", "IndustryChain:乳业" };
        var kinds = new[] { "Enterprise", "Lab", "Achievement", "InnovationPlatform" };

        // 40 distinct names are more than the per-column memory holds: values past it must still read right.
        var rows = Enumerable.Range(0, 400).Select(i => (Segment: segments[i / 7 % 3], Kind: kinds[i % 4], Name: $"巴彦淖尔市乳业企业{i % 40}")).ToList();
        var values = string.Join(" UNION ALL ", rows.Select((r, i) => $"SELECT {i}, '{r.Segment}', '{r.Kind}', '{r.Name}'"));
        using var query = new RawQuery(connection, $"SELECT * FROM ({values}) ORDER BY 1");

        var read = query.ReadAll(r => (Segment: r.Repeated(1), Kind: r.Repeated(2, Enum.Parse<EntityKind>), Name: r.Repeated(3), Decoded: r.Text(3)), CancellationToken.None);

        Assert.Equal(rows.Select(r => (r.Segment, Enum.Parse<EntityKind>(r.Kind), r.Name)), read.Select(r => (r.Segment, r.Kind, r.Name)));
        Assert.All(read, r => Assert.Equal(r.Decoded, r.Name));
        Assert.Equal(3, read.Select(r => r.Segment).Distinct(ReferenceEqualityComparer.Instance).Count());
    }

    private const string SegmentsSql = "SELECT name FROM segments WHERE chain = $chain ORDER BY position";

    [Fact]
    public async Task Dispose_QueryLeftMidway_NextQueryOfSameSqlStartsOverWithItsOwnParameters()
    {
        await using var connection = await SegmentsAsync();
        using (var first = new RawQuery(connection, SegmentsSql))
        {
            first.Bind("$chain", "乳业");
            Assert.True(first.Next(CancellationToken.None));
            Assert.Equal("饲草种植", first.Text(0));
        }

        // Same native connection, same SQL: the statement is reused, and must not go on from where the last one stopped.
        using var again = new RawQuery(connection, SegmentsSql);
        again.Bind("$chain", "乳业");
        Assert.Equal(["饲草种植", "奶牛养殖", "乳制品加工"], again.ReadAll(r => r.Text(0), CancellationToken.None));

        using var other = new RawQuery(connection, SegmentsSql);
        other.Bind("$chain", "稀土");
        Assert.Equal(["稀土开采", "稀土功能材料"], other.ReadAll(r => r.Text(0), CancellationToken.None));
    }

    [Fact]
    public async Task New_SameSqlWhileFirstIsOpen_EachReadsAllItsRows()
    {
        await using var connection = await SegmentsAsync();
        using var outer = new RawQuery(connection, SegmentsSql);
        outer.Bind("$chain", "乳业");
        var pairs = new List<string>();
        while (outer.Next(CancellationToken.None))
        {
            using var inner = new RawQuery(connection, SegmentsSql);
            inner.Bind("$chain", "稀土");
            pairs.AddRange(inner.ReadAll(r => $"{outer.Text(0)}·{r.Text(0)}", CancellationToken.None));
        }

        Assert.Equal(6, pairs.Count);
        Assert.Equal("饲草种植·稀土开采", pairs[0]);
        Assert.Equal("乳制品加工·稀土功能材料", pairs[^1]);
    }

    [Fact]
    public async Task Bind_UnknownParameter_ThrowsAndTheStatementStillServesTheNextQuery()
    {
        await using var connection = await SegmentsAsync();
        using (var wrong = new RawQuery(connection, SegmentsSql))
        {
            Assert.Throws<ArgumentException>(() => wrong.Bind("$region", "内蒙古"));
        }

        using var query = new RawQuery(connection, SegmentsSql);
        query.Bind("$chain", "稀土");
        Assert.Equal(["稀土开采", "稀土功能材料"], query.ReadAll(r => r.Text(0), CancellationToken.None));
    }

    private static async Task<SqliteConnection> SegmentsAsync()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        using var create = connection.CreateCommand();
        create.CommandText = """
            CREATE TABLE segments (chain TEXT NOT NULL, position INTEGER NOT NULL, name TEXT NOT NULL);
            INSERT INTO segments VALUES ('乳业', 1, '饲草种植'), ('乳业', 2, '奶牛养殖'), ('乳业', 3, '乳制品加工'),
                                        ('稀土', 1, '稀土开采'), ('稀土', 2, '稀土功能材料');
            """;
        await create.ExecuteNonQueryAsync();
        return connection;
    }
}
