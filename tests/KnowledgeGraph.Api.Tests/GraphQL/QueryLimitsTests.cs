using System.Net;
using System.Text;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.GraphQL;

/// <summary>Query bombs end in a 4xx GraphQL error, never a 500 or an exhausted process.</summary>
public sealed class QueryLimitsTests : IClassFixture<QueryLimitsTests.Host>, IDisposable
{
    private readonly HttpClient client;

    public QueryLimitsTests(Host host)
    {
        client = host.Factory.CreateClient();
    }

    public void Dispose() => client.Dispose();

    [Fact]
    public async Task DeepNesting_400DepthError()
    {
        var query = new StringBuilder("{ entities { nodes { ");
        for (var i = 0; i < 12; i++)
        {
            query.Append("relations { to { ");
        }

        query.Append("name").Append(new string('}', 24)).Append(" } } }");

        var message = await Rejected(query.ToString());

        Assert.Contains("nested", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task StandardIntrospectionQuery_200WithTheSchema()
    {
        // The query GraphiQL and BI connectors send to load the schema (spec introspection, type refs 7 deep).
        const string typeRef = "kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }";
        var query = "query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name } "
            + "types { ...FullType } directives { name description locations args { ...InputValue } } } } "
            + "fragment FullType on __Type { kind name description fields(includeDeprecated: true) { name description args { ...InputValue } "
            + "type { ...TypeRef } isDeprecated deprecationReason } inputFields { ...InputValue } interfaces { ...TypeRef } "
            + "enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } } "
            + "fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue } "
            + "fragment TypeRef on __Type { " + typeRef + " }";

        using var response = await GraphQLClient.PostAsync(client, query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await GraphQLClient.BodyAsync(response);
        Assert.Null(body["errors"]);
        Assert.Equal("Query", body["data"]!["__schema"]!["queryType"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task WideFanOut_400ComplexityError()
    {
        const string query = """
            { entities(first: 1000) { nodes { relations { to { relations { to { relations { to { name mentions { sentence } } } } } } } } } }
            """;

        var message = await Rejected(query);

        Assert.Contains("complex", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AliasFlood_400DocumentTooLarge()
    {
        var query = new StringBuilder("{");
        for (var i = 0; i < 5000; i++)
        {
            query.Append(" a").Append(i).Append(": stats { entities }");
        }

        query.Append(" }");

        var message = await Rejected(query.ToString());

        Assert.Contains("limit", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task FragmentCycle_400ValidationError()
    {
        const string query = "query { entities { nodes { ...A } } } fragment A on Entity { relations { to { ...B } } } fragment B on Entity { relations { to { ...A } } }";

        var message = await Rejected(query);

        Assert.Contains("fragment", message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PageSizeOverMaximum_ErrorNamingTheLimit()
    {
        using var response = await GraphQLClient.PostAsync(client, "{ entities(first: 100000) { totalCount } }");

        var body = await GraphQLClient.BodyAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("1000", body["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<string> Rejected(string query)
    {
        using var response = await GraphQLClient.PostAsync(client, query);
        var body = await GraphQLClient.BodyAsync(response);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(body["data"]);
        return body["errors"]![0]!["message"]!.GetValue<string>();
    }

    public sealed class Host : IAsyncLifetime
    {
        public ApiFactory Factory { get; } = new();

        public Task InitializeAsync() => Task.CompletedTask;

        public async Task DisposeAsync() => await Factory.DisposeAsync();
    }
}
