using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j.QueryApi;

namespace KnowledgeGraph.Storage.Tests.Neo4j.QueryApi;

public sealed class TypedJsonTests
{
    // Neo4j prints java.time values: seconds and fractions are left out when zero, up to nine fraction digits.
    [Theory]
    [InlineData("2024-05-01T08:00Z", "2024-05-01T08:00:00+00:00")]
    [InlineData("2024-05-01T16:00+08:00", "2024-05-01T08:00:00+00:00")]
    [InlineData("2024-05-01T08:00:00.1234567Z", "2024-05-01T08:00:00.1234567+00:00")]
    [InlineData("2024-05-01T08:00:00.123456789Z", "2024-05-01T08:00:00.1234568+00:00")] // rounded to .NET ticks
    [InlineData("2024-05-01T16:00:00+08:00[Asia/Shanghai]", "2024-05-01T08:00:00+00:00")]
    public void Read_OffsetDateTimeAsNeo4jPrintsIt_IsTheSameInstant(string printed, string expected)
    {
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(new Dictionary<string, object> { ["$type"] = "OffsetDateTime", ["_value"] = printed }));

        var value = Assert.IsType<DateTimeOffset>(TypedJson.Read(json.RootElement));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Fact]
    public void Write_UnsupportedParameterType_FailsNamingTheType()
    {
        using var buffer = new MemoryStream();
        using var writer = new Utf8JsonWriter(buffer);

        var error = Assert.Throws<ArgumentException>(() => TypedJson.Write(writer, new Uri("http://x")));

        Assert.Contains("Uri", error.Message, StringComparison.Ordinal);
    }
}
