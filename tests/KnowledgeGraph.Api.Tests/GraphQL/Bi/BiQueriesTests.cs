using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeGraph.Api.Tests.ChainMap;

namespace KnowledgeGraph.Api.Tests.GraphQL.Bi;

/// <summary>BI aggregates and flat tables over the seed bulletins, through the real host, worker and SQLite store.</summary>
[Collection(SeededServerCollection.Name)]
public sealed class BiQueriesTests(SeededServer server)
{
    private const string PlacementRows = """
        query($after: String, $first: Int) {
          placementRows(chain: "乳业", region: "内蒙古", first: $first, after: $after) {
            totalCount
            nodes { chain segment segmentId stage entityId entityName entityType regionCode regionName via role relationId }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    [Fact]
    public async Task PlacementRows_DairyInInnerMongolia_ContainsNutritionCentreOnItsSegment()
    {
        var data = await server.QueryAsync(PlacementRows);

        var rows = data.GetProperty("placementRows").GetProperty("nodes").EnumerateArray().ToList();
        Assert.Contains(rows, r => r.GetProperty("entityName").GetString() == "营养与健康研究中心"
            && r.GetProperty("segment").GetString() == "营养与健康"
            && r.GetProperty("chain").GetString() == "乳业"
            && r.GetProperty("entityType").GetString() == "INNOVATION_PLATFORM");
        Assert.All(rows, r => Assert.True(r.EnumerateObject().All(p => p.Value.ValueKind != JsonValueKind.Object && p.Value.ValueKind != JsonValueKind.Array)));
    }

    [Fact]
    public async Task PlacementRows_PagedByTwo_WalksEveryRowOnce()
    {
        var all = await server.QueryAsync(PlacementRows);
        var expected = Ids(all.GetProperty("placementRows"), "relationId");

        var walked = await WalkAsync(PlacementRows, "placementRows", "relationId", first: 2);

        Assert.True(expected.Count > 2, "the seed map should need more than one page of two");
        Assert.Equal(expected, walked);
    }

    [Fact]
    public async Task RelationRows_PagedBySmallPages_WalksAllRowsWithoutDuplicates()
    {
        const string query = """
            query($after: String, $first: Int) {
              relationRows(first: $first, after: $after) {
                totalCount
                nodes { relationId type fromId fromName fromType toId toName toType mentionCount }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;
        var all = await server.QueryAsync(query);
        var connection = all.GetProperty("relationRows");
        var total = connection.GetProperty("totalCount").GetInt32();

        var walked = await WalkAsync(query, "relationRows", "relationId", first: 50);

        Assert.True(total > 50, $"expected more than one page of 50 relations, got {total}");
        Assert.Equal(total, walked.Count);
        Assert.Equal(walked.Count, walked.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Ids(connection, "relationId"), walked);
        var part = Assert.Single(connection.GetProperty("nodes").EnumerateArray(),
            r => r.GetProperty("fromName").GetString() == "营养与健康研究中心" && r.GetProperty("type").GetString() == "PART_OF");
        Assert.Equal("国家乳业技术创新中心", part.GetProperty("toName").GetString());
        Assert.True(part.GetProperty("mentionCount").GetInt32() > 0, "the PART_OF edge is stated in the seed bulletin");
    }

    [Fact]
    public async Task RelationRows_OfOneType_OnlyThatType()
    {
        var data = await server.QueryAsync("{ relationRows(type: PART_OF) { totalCount nodes { type fromName toName } } }");

        var rows = data.GetProperty("relationRows").GetProperty("nodes").EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal("PART_OF", r.GetProperty("type").GetString()));
        Assert.Contains(rows, r => r.GetProperty("fromName").GetString() == "营养与健康研究中心");
    }

    [Fact]
    public async Task Stats_EntitiesByRegion_InnerMongoliaCountedAndUnlocatedRowHasNoRegion()
    {
        var data = await server.QueryAsync("{ stats { entitiesByRegion { region { code name } regionCode count } } }");

        var rows = data.GetProperty("stats").GetProperty("entitiesByRegion").EnumerateArray().ToList();
        var mongolia = Assert.Single(rows, r => r.GetProperty("region").ValueKind == JsonValueKind.Object
            && r.GetProperty("region").GetProperty("name").GetString() == "内蒙古自治区");
        Assert.Equal("150000", mongolia.GetProperty("region").GetProperty("code").GetString());
        Assert.True(mongolia.GetProperty("count").GetInt32() > 0);
        Assert.Single(rows, r => r.GetProperty("region").ValueKind == JsonValueKind.Null);
        Assert.All(rows.Where(r => r.GetProperty("regionCode").ValueKind == JsonValueKind.String),
            r => Assert.EndsWith("0000", r.GetProperty("regionCode").GetString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stats_PlacementsBySegment_DairyFarmingHasEnterprisesUpstream()
    {
        var data = await server.QueryAsync("""{ stats { placementsBySegment(chain: "奶业") { segment segmentId stage type count } } }""");

        var rows = data.GetProperty("stats").GetProperty("placementsBySegment").EnumerateArray().ToList();
        var farming = Assert.Single(rows, r => r.GetProperty("segment").GetString() == "奶牛养殖" && r.GetProperty("type").GetString() == "ENTERPRISE");
        Assert.Equal("ChainSegment:乳业/奶牛养殖", farming.GetProperty("segmentId").GetString());
        Assert.Equal("UPSTREAM", farming.GetProperty("stage").GetString());
        Assert.True(farming.GetProperty("count").GetInt32() > 0);
        Assert.Contains(rows, r => r.GetProperty("segment").GetString() == "营养与健康" && r.GetProperty("type").GetString() == "INNOVATION_PLATFORM");
    }

    [Theory]
    [InlineData("{ relationRows(first: 1001) { totalCount } }", "between 0 and 1000")]
    [InlineData("{ relationRows(after: \"乳业\") { totalCount } }", "not a cursor")]
    public async Task RelationRows_BadPaging_ErrorSaysWhatIsAccepted(string query, string expected)
    {
        using var client = server.CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query });

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var message = body.GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    private async Task<List<string>> WalkAsync(string query, string field, string key, int first)
    {
        var seen = new List<string>();
        string? after = null;
        for (var guard = 0; guard < 1000; guard++)
        {
            var connection = (await server.QueryAsync(query, new { first, after })).GetProperty(field);
            var page = Ids(connection, key);
            Assert.True(page.Count <= first);
            seen.AddRange(page);
            var info = connection.GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                return seen;
            }

            after = info.GetProperty("endCursor").GetString();
        }

        Assert.Fail("paging did not end");
        return seen;
    }

    private static List<string> Ids(JsonElement connection, string key) =>
        connection.GetProperty("nodes").EnumerateArray().Select(r => r.GetProperty(key).GetString()!).ToList();
}
