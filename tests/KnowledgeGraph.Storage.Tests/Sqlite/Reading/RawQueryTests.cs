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
}
