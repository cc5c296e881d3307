using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Hosting.Protection;

/// <summary>
/// Documents built to exhaust the server (depth, fragment fan-out, size, page size, introspection nesting, batches)
/// are refused with a 4xx and a GraphQL error, quickly, and the service keeps answering normal queries afterwards.
/// </summary>
public sealed class HostileRequestTests : IClassFixture<HostileRequestTests.Host>
{
    private readonly Host host;

    public HostileRequestTests(Host host) => this.host = host;

    public static TheoryData<string, string> Documents() => new()
    {
        { "depth 100", Nest("{ entities { nodes { ", "relations { to { ", 100, "name") },
        { "fragment bomb", FragmentBomb(30) },
        { "one megabyte document", "{ stats { entities } " + new string(' ', 1024 * 1024) + "# pad\n}" },
        { "huge first", "{ entities(first: 2147483647) { nodes { name } } }" },
        { "alias bomb", "{" + string.Concat(Enumerable.Range(0, 300).Select(i => $" a{i}: entities(first: 1000) {{ nodes {{ name mentions {{ sentence }} }} }}")) + " }" },
        { "introspection flood", Nest("{ __schema { types { ", "fields { type { ofType { ", 40, "name") },
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task Post_HostileDocument_4xxGraphQLErrorInBoundedTime(string name, string query)
    {
        var watch = Stopwatch.StartNew();
        using var response = await GraphQLClient.PostAsync(host.Client, query);
        var body = await response.Content.ReadAsStringAsync();
        watch.Stop();

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{name}: HTTP {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
        Assert.Contains("\"errors\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"{name} took {watch.Elapsed}");
        await host.AssertStillServesAsync();
    }

    [Fact]
    public async Task Post_BatchedJsonArrayOfThousandQueries_400NotExecuted()
    {
        var batch = "[" + string.Join(',', Enumerable.Repeat("""{"query":"{ stats { entities } }"}""", 1000)) + "]";
        using var content = new StringContent(batch, Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("\"errors\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Nest(string open, string level, int depth, string leaf)
    {
        var text = new StringBuilder(open);
        for (var i = 0; i < depth; i++)
        {
            text.Append(level);
        }

        var closing = open.Count(c => c == '{') + (level.Count(c => c == '{') * depth);
        return text.Append(leaf).Append(' ').Append(new string('}', closing)).ToString();
    }

    // Each fragment spreads the previous one twice: 2^30 fields once expanded, a few hundred bytes as text.
    private static string FragmentBomb(int levels)
    {
        var text = new StringBuilder("query { stats { ...F").Append(levels).Append(" } }\nfragment F0 on Stats { entities }\n");
        for (var i = 1; i <= levels; i++)
        {
            text.Append("fragment F").Append(i).Append(" on Stats { ...F").Append(i - 1).Append(" a").Append(i).Append(": entities ...F").Append(i - 1).Append(" }\n");
        }

        return text.ToString();
    }

    public sealed class Host : IAsyncLifetime
    {
        public ApiFactory Factory { get; } = new ApiFactory().With("RateLimiting:Enabled", "false");

        public HttpClient Client { get; private set; } = null!;

        public async Task AssertStillServesAsync()
        {
            var data = await GraphQLClient.DataAsync(Client, "{ stats { entities } }");
            Assert.True(data["stats"]!["entities"]!.GetValue<int>() > 0);
        }

        public Task InitializeAsync()
        {
            Client = Factory.CreateClient();
            return Task.CompletedTask;
        }

        public async Task DisposeAsync()
        {
            Client.Dispose();
            await Factory.DisposeAsync();
        }
    }
}
