using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.Bench;
using KnowledgeGraph.Bench.Generation;
using KnowledgeGraph.Bench.Ingestion;
using KnowledgeGraph.Bench.Queries;
using KnowledgeGraph.Bench.Server;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Bench.Tests.Server;

public sealed class PlainChainMapEndpointTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"kg-plain-{Guid.NewGuid():N}.db");
    private readonly string inbox = Path.Combine(Path.GetTempPath(), $"kg-plain-inbox-{Guid.NewGuid():N}");

    [Fact]
    public async Task ServeAsync_TheBenchChainMapRequest_AnswersTheJsonGraphQlAnswers()
    {
        var generator = new GraphGenerator(new ScaleSpec(1_000), ChainCatalogue.Default, Gazetteer.Default);
        await using (var store = Parts.SqliteStore(path).Value!)
        {
            await ScaleLoad.LoadAsync(store.Store, generator, path, CancellationToken.None);
        }

        Directory.CreateDirectory(inbox);
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KNOWLEDGEGRAPH_API", Path.Combine(BenchOptions.RepoRoot(), "src", "KnowledgeGraph.Api"));
        using var factory = new BenchServiceFactory(Parts.ServiceSettings(path, inbox));
        using var client = factory.CreateClient();
        var body = QuerySet.For(generator.FocusChain, "内蒙古自治区").Single(q => q.Name == QuerySet.ChainMap).Body();

        var graphQl = await PostAsync(client, Parts.GraphQlPath, body);
        var plain = await PostAsync(client, BenchEndpoints.PlainComputedPath, body);

        Assert.True(JsonNode.DeepEquals(graphQl, plain), $"GraphQL: {graphQl.ToJsonString()[..300]}\nplain: {plain.ToJsonString()[..300]}");
        var segments = plain["data"]!["chainMap"]!["segments"]!.AsArray();
        Assert.Contains(segments, s => s!["placements"]!.AsArray().Count > 0);
        Assert.Contains(segments, s => (string?)s!["stage"] == "UPSTREAM");
    }

    public void Dispose()
    {
        StoreLifetime.DeleteDatabase(path);
        Directory.Delete(inbox, recursive: true);
    }

    private static async Task<JsonNode> PostAsync(HttpClient client, string route, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, route) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }
}
