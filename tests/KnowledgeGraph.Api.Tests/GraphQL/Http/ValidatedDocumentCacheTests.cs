using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.GraphQL.Http;

/// <summary>
/// A document validated once is not validated again, but everything that depends on a request's variables still is:
/// their types, required ones, and the complexity limit. Each test sends the same text twice, the first time valid.
/// </summary>
public sealed class ValidatedDocumentCacheTests : IClassFixture<ValidatedDocumentCacheTests.Host>, IDisposable
{
    private const string DairyMap = """
        query ChainMap($chain: String!, $region: String) {
          chainMap(chain: $chain, region: $region) { segments { name placements { name } } }
        }
        """;

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly HttpClient client;

    public ValidatedDocumentCacheTests(Host host)
    {
        client = host.Factory.CreateClient();
    }

    public void Dispose() => client.Dispose();

    [Fact]
    public async Task Post_ValidatedDocumentAgainWithAnotherRegion_AnswersForThatRegion()
    {
        var inner = await GraphQLClient.DataAsync(client, DairyMap, new { chain = "乳业", region = "内蒙古" });
        var all = await GraphQLClient.DataAsync(client, DairyMap, new { chain = "乳业" });

        Assert.Contains("奶牛繁育与养殖技术研究中心", inner.ToJsonString(Readable), StringComparison.Ordinal);
        Assert.Equal(8, all["chainMap"]!["segments"]!.AsArray().Count);
    }

    [Fact]
    public async Task Post_ValidatedDocumentAgainWithAVariableOfTheWrongType_GraphQLErrorNamingTheVariable()
    {
        _ = await GraphQLClient.DataAsync(client, DairyMap, new { chain = "乳业", region = "内蒙古" });

        using var response = await GraphQLClient.PostAsync(client, DairyMap, new { chain = new[] { 1, 2 }, region = "内蒙古" });
        var body = await GraphQLClient.BodyAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(body["data"]);
        Assert.Contains("$chain", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ValidatedDocumentAgainWithoutARequiredVariable_GraphQLError()
    {
        _ = await GraphQLClient.DataAsync(client, DairyMap, new { chain = "乳业", region = "内蒙古" });

        using var response = await GraphQLClient.PostAsync(client, DairyMap, new { region = "内蒙古" });
        var body = await GraphQLClient.BodyAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("$chain", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ValidatedDocumentAgainWithAPageOverTheComplexityLimit_Rejected()
    {
        const string FanOut = """
            query FanOut($n: Int) {
              entities(first: $n) { nodes { relations { to { relations { to { relations { to { name mentions { sentence } } } } } } } } }
            }
            """;
        using var small = await GraphQLClient.PostAsync(client, FanOut, new { n = 1 });
        Assert.Equal(HttpStatusCode.OK, small.StatusCode);

        using var large = await GraphQLClient.PostAsync(client, FanOut, new { n = 1000 });
        var body = await GraphQLClient.BodyAsync(large);

        Assert.Equal(HttpStatusCode.BadRequest, large.StatusCode);
        Assert.Contains("complex", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    public sealed class Host : IAsyncLifetime
    {
        public ApiFactory Factory { get; } = new ApiFactory().WithSeeds();

        public async Task InitializeAsync()
        {
            using var client = Factory.CreateClient();
            await GraphQLClient.WaitForBulletinsAsync(client, b => GraphQLClient.CountWithStatus(b, "INGESTED") == 2);
        }

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
