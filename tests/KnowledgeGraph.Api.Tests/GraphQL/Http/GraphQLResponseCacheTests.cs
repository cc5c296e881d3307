using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.ChainMap;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.GraphQL.Http;

/// <summary>Cached answers over the real SQLite store: fast repeats, never stale after a bulletin commits.</summary>
public sealed class GraphQLResponseCacheTests
{
    private const string DairyMap = """{ chainMap(chain: "乳业", region: "内蒙古") { segments { name placements { name } } } }""";

    [Fact]
    public async Task Post_SameChainMapTwice_SecondAnswerIsTheSameBytesWithoutStoreReads()
    {
        await using var factory = await SeededAsync();
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<CountingGraphStore>();

        store.Reset();
        using var first = await PostAsync(client, DairyMap);
        var firstPlacementReads = store["GetPlacementsAsync"];
        store.Reset();
        using var second = await PostAsync(client, DairyMap);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Contains("奶牛繁育与养殖技术研究中心", await second.Content.ReadAsStringAsync());
        Assert.Equal(1, firstPlacementReads);
        Assert.Equal(new Dictionary<string, int> { ["GetGraphVersionAsync"] = 1 }, store.Calls);
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Fact]
    public async Task Post_BulletinIngestedBetweenTwoQueries_SecondAnswerShowsTheNewBulletin()
    {
        await using var factory = await SeededAsync();
        using var client = factory.CreateClient();
        const string Query = "{ bulletins { name status } stats { entities bulletins } }";
        var before = await GraphQLClient.DataAsync(client, Query);
        _ = await GraphQLClient.DataAsync(client, Query);

        var ingested = await GraphQLClient.DataAsync(
            client,
            "mutation($n: String!, $t: String!) { ingestBulletin(name: $n, text: $t) { status } }",
            new { n = "科技情报参考-测试-乳业企业.txt", t = DairyEnterprisesBulletin.Text },
            ApiFactory.ApiKey);
        var after = await GraphQLClient.DataAsync(client, Query);

        Assert.Equal("INGESTED", ingested["ingestBulletin"]!["status"]!.GetValue<string>());
        Assert.Equal(2, before["stats"]!["bulletins"]!.GetValue<int>());
        Assert.Equal(3, after["stats"]!["bulletins"]!.GetValue<int>());
        Assert.True(after["stats"]!["entities"]!.GetValue<int>() > before["stats"]!["entities"]!.GetValue<int>());
        Assert.Contains(after["bulletins"]!.AsArray(), b => b!["name"]!.GetValue<string>() == "科技情报参考-测试-乳业企业.txt");
    }

    [Fact]
    public async Task Get_IfNoneMatchWithTheCurrentETag_304WithoutABody()
    {
        await using var factory = await SeededAsync();
        using var client = factory.CreateClient();
        var url = "/graphql?query=" + Uri.EscapeDataString(DairyMap);
        using var first = await client.GetAsync(url);
        Assert.NotNull(first.Headers.ETag);

        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Post_CacheControlNoCache_ComputesTheAnswerFromTheStoreAgain()
    {
        await using var factory = await SeededAsync();
        using var client = factory.CreateClient();
        var store = factory.Services.GetRequiredService<CountingGraphStore>();
        using var warm = await PostAsync(client, DairyMap);

        store.Reset();
        using var fresh = await PostAsync(client, DairyMap, noCache: true);

        Assert.Equal(await warm.Content.ReadAsStringAsync(), await fresh.Content.ReadAsStringAsync());
        Assert.Equal(1, store["GetPlacementsAsync"]);
        Assert.Null(fresh.Headers.ETag);
    }

    [Fact]
    public async Task Post_QueryWithErrors_IsNotCached()
    {
        await using var factory = await SeededAsync();
        using var client = factory.CreateClient();
        const string Unknown = """{ chainMap(chain: "乳业", region: "不存在的地区") { chain { name } } }""";

        using var first = await PostAsync(client, Unknown);
        using var second = await PostAsync(client, Unknown);

        Assert.Contains("不存在的地区", (await GraphQLClient.BodyAsync(second))["errors"]!.ToJsonString(new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        Assert.Null(first.Headers.ETag);
        Assert.Null(second.Headers.ETag);
    }

    private static async Task<ApiFactory> SeededAsync()
    {
        var factory = new ApiFactory().WithSeeds().WithServices(CountingGraphStore.Decorate);
        using var client = factory.CreateClient();
        await GraphQLClient.WaitForBulletinsAsync(client, b => GraphQLClient.CountWithStatus(b, "INGESTED") == 2);
        return factory;
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string query, bool noCache = false)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse("application/graphql-response+json"));
        if (noCache)
        {
            request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        }

        return await client.SendAsync(request);
    }
}
