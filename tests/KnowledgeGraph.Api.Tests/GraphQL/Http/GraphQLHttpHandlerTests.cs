using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.GraphQL.Http;

/// <summary>GraphQL over HTTP: status codes and media types per the spec, through the real host.</summary>
public sealed class GraphQLHttpHandlerTests : IClassFixture<GraphQLHttpHandlerTests.Host>, IDisposable
{
    private readonly HttpClient client;

    public GraphQLHttpHandlerTests(Host host)
    {
        client = host.Factory.CreateClient();
    }

    public void Dispose() => client.Dispose();

    [Fact]
    public async Task Post_AcceptGraphQLResponse_200WithThatMediaType()
    {
        using var response = await Send(HttpMethod.Post, """{"query":"{ chains { name } }"}""", accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/graphql-response+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var chains = (await GraphQLClient.BodyAsync(response))["data"]!["chains"]!.AsArray();
        Assert.Contains(chains, c => c!["name"]!.GetValue<string>() == "乳业");
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("*/*")]
    [InlineData(null)]
    public async Task Post_JsonOrNoPreference_200WithApplicationJson(string? accept)
    {
        using var response = await Send(HttpMethod.Post, """{"query":"{ __typename }"}""", accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Post_UnacceptableAccept_406()
    {
        using var response = await Send(HttpMethod.Post, """{"query":"{ __typename }"}""", accept: "text/csv");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Contains("Accept", await ErrorMessage(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_SyntaxError_400WithoutDataForGraphQLResponse()
    {
        using var response = await Send(HttpMethod.Post, """{"query":"{ chains { name }"}""", accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await GraphQLClient.BodyAsync(response);
        Assert.Null(body["data"]);
        Assert.NotEmpty(body["errors"]!.AsArray());
    }

    [Fact]
    public async Task Post_ValidationErrorWithApplicationJson_200WithErrors()
    {
        using var response = await Send(HttpMethod.Post, """{"query":"{ noSuchField }"}""", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("noSuchField", await ErrorMessage(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ValidationErrorWithGraphQLResponse_400()
    {
        using var response = await Send(HttpMethod.Post, """{"query":"{ noSuchField }"}""", accept: "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("{ \"not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"query\": 42}")]
    [InlineData("{\"notquery\": \"{ __typename }\"}")]
    [InlineData("{\"query\": \"{ __typename }\", \"variables\": \"x\"}")]
    [InlineData("{\"query\": \"{ __typename }\", \"operationName\": 1}")]
    [InlineData("{\"query\": \"{ __typename }\", \"extensions\": []}")]
    [InlineData("")]
    public async Task Post_MalformedBody_400WithClearMessage(string body)
    {
        using var response = await Send(HttpMethod.Post, body, accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(string.IsNullOrWhiteSpace(await ErrorMessage(response)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/json; charset=latin1")]
    public async Task Post_UnsupportedContentType_415(string? contentType)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"query":"{ __typename }"}""")) };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Get_Query_200WithVariables()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("query R($q: String) { regions(q: $q) { code name } }")
            + "&variables=" + Uri.EscapeDataString("""{"q":"巴彦淖尔"}""");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("150800", (await GraphQLClient.BodyAsync(response))["data"]!["regions"]![0]!["code"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_Mutation_405AllowPostWithGraphQLError()
    {
        var url = "/graphql?query=" + Uri.EscapeDataString("mutation { ingestBulletin(name: \"a.txt\", text: \"x\") { id } }");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        request.Headers.Add("X-Api-Key", ApiFactory.ApiKey);

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.Contains("POST", await ErrorMessage(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_405()
    {
        using var response = await Send(HttpMethod.Put, """{"query":"{ __typename }"}""", accept: "application/json");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Post_ResolverThrows_GenericErrorNoStackTrace()
    {
        // An unknown region is a user error with a helpful message, not an exception leak.
        using var response = await Send(HttpMethod.Post, """{"query":"{ chainMap(chain: \"乳业\", region: \"火星\") { chain { name } } }"}""", accept: "application/json");

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Unknown region '火星'", JsonNode.Parse(text)!["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_BrowserAcceptingHtml_ServesGraphiQLPage()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("graphiql.min.js", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> Send(HttpMethod method, string body, string? accept)
    {
        using var request = new HttpRequestMessage(method, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (accept is not null)
        {
            request.Headers.Accept.ParseAdd(accept);
        }

        return await client.SendAsync(request);
    }

    private static async Task<string> ErrorMessage(HttpResponseMessage response) =>
        (await GraphQLClient.BodyAsync(response))["errors"]![0]!["message"]!.GetValue<string>();

    /// <summary>One empty-inbox host for the transport tests; they only read.</summary>
    public sealed class Host : IAsyncLifetime
    {
        public ApiFactory Factory { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
