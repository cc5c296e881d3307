using System.Text;
using System.Text.Json;
using KnowledgeGraph.Storage.Neo4j.QueryApi;
using Microsoft.Extensions.DependencyInjection;
using static KnowledgeGraph.Storage.Tests.Neo4j.QueryApiStandIn;

namespace KnowledgeGraph.Storage.Tests.Neo4j.QueryApi;

// Runs against QueryApiStandIn: a real Kestrel server on loopback playing Neo4j's Query API, because no Neo4j runs here.
public sealed class QueryApiClientTests : IAsyncLifetime
{
    private QueryApiStandIn server = null!;

    public async Task InitializeAsync() => server = await QueryApiStandIn.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task RunAsync_Parameters_PostsTypedJsonStatementToDatabaseEndpoint()
    {
        var settings = Neo4jServices.FastSettings(server.Uri);
        settings["Graph:Neo4j:Database"] = "kg";
        await using var services = Neo4jServices.Build(settings);
        var client = services.GetRequiredService<QueryApiClient>();

        await client.RunAsync(
            "MERGE (n:Entity {id: $id}) SET n.aliases = $aliases, n.seen = $seen, n.count = $count, n.props = $props RETURN 1 AS ok",
            new Dictionary<string, object?>
            {
                ["id"] = "Lab:国家乳业技术创新中心",
                ["aliases"] = new[] { "乳创中心" },
                ["seen"] = new DateTimeOffset(2024, 5, 1, 8, 0, 0, TimeSpan.FromHours(8)),
                ["count"] = 102,
                ["props"] = new Dictionary<string, object?> { ["level"] = "国家级", ["status"] = null },
            },
            AccessMode.Read);

        var request = Assert.Single(server.Requests);
        Assert.Equal("kg", request.Database);
        Assert.StartsWith("application/vnd.neo4j.query", request.ContentType, StringComparison.Ordinal);
        Assert.Contains("application/vnd.neo4j.query", request.Accept, StringComparison.Ordinal);
        Assert.StartsWith("MERGE (n:Entity {id: $id})", request.Statement, StringComparison.Ordinal);
        Assert.Equal("READ", request.Body.GetProperty("accessMode").GetString());
        AssertTyped(request.Parameter("id"), "String", "Lab:国家乳业技术创新中心");
        AssertTyped(request.Parameter("count"), "Integer", "102");
        AssertTyped(request.Parameter("seen"), "OffsetDateTime", "2024-05-01T08:00:00.0000000+08:00");
        var alias = Assert.Single(request.Parameter("aliases").GetProperty("_value").EnumerateArray());
        AssertTyped(alias, "String", "乳创中心");
        var props = request.Parameter("props");
        Assert.Equal("Map", props.GetProperty("$type").GetString());
        AssertTyped(props.GetProperty("_value").GetProperty("level"), "String", "国家级");
        Assert.Equal("Null", props.GetProperty("_value").GetProperty("status").GetProperty("$type").GetString());
    }

    [Fact]
    public async Task RunAsync_UserAndPassword_SendsBasicAuthorization()
    {
        await using var services = Neo4jServices.Build(Neo4jServices.FastSettings(server.Uri));

        await services.GetRequiredService<QueryApiClient>().RunAsync("RETURN 1 AS ok");

        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("neo4j:test-password"));
        Assert.Equal(expected, Assert.Single(server.Requests).Authorization);
    }

    [Fact]
    public async Task RunAsync_Token_SendsBearerAuthorizationInsteadOfBasic()
    {
        var settings = Neo4jServices.FastSettings(server.Uri);
        settings["Graph:Neo4j:Token"] = "aura-sso-token";
        await using var services = Neo4jServices.Build(settings);

        await services.GetRequiredService<QueryApiClient>().RunAsync("RETURN 1 AS ok");

        Assert.Equal("Bearer aura-sso-token", Assert.Single(server.Requests).Authorization);
    }

    [Fact]
    public async Task RunAsync_TypedResponse_DecodesEveryValueType()
    {
        server.Enqueue(Scripted.Rows(
            ["name", "count", "share", "seen", "aliases", "node", "missing"],
            [[
                Typed("String", "国家乳业技术创新中心"),
                Typed("Integer", "9007199254740993"),
                Typed("Float", "0.35"),
                Typed("OffsetDateTime", "2024-05-01T08:00:00+08:00[Asia/Shanghai]"),
                Typed("List", new[] { Typed("String", "乳创中心") }),
                Typed("Node", new Dictionary<string, object?>
                {
                    ["_element_id"] = "4:abc:1",
                    ["_labels"] = new[] { "Entity", "Lab" },
                    ["_properties"] = new Dictionary<string, object?> { ["level"] = Typed("String", "国家级") },
                }),
                Typed("Null", null),
            ]]));
        await using var services = Neo4jServices.Build(Neo4jServices.FastSettings(server.Uri));

        var row = (await services.GetRequiredService<QueryApiClient>().RunAsync("RETURN 1")).Single();

        Assert.Equal("国家乳业技术创新中心", row.String("name"));
        Assert.Equal(9007199254740993L, row.Int64("count")); // beyond double precision: exact only as a typed Integer
        Assert.Equal(0.35, row["share"]);
        Assert.Equal(new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero), row["seen"]);
        Assert.Equal(["乳创中心"], row.List("aliases"));
        var node = Assert.IsType<CypherNode>(row["node"]);
        Assert.Equal(["Entity", "Lab"], node.Labels);
        Assert.Equal("国家级", node.Properties["level"]);
        Assert.Null(row["missing"]);
    }

    [Fact]
    public async Task RunAsync_ClientError_ThrowsClientExceptionWithMessageAndDoesNotRetry()
    {
        server.Enqueue(Scripted.Error(400, "Neo.ClientError.Statement.SyntaxError", "Invalid input 'MACH': expected 'MATCH'"));
        await using var services = Neo4jServices.Build(Neo4jServices.FastSettings(server.Uri));

        var error = await Assert.ThrowsAsync<Neo4jClientException>(() => services.GetRequiredService<QueryApiClient>().RunAsync("MACH (n) RETURN n"));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.Contains("Invalid input 'MACH'", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, server.Attempts);
    }

    [Fact]
    public async Task RunAsync_Unauthorized_ThrowsClientExceptionAndDoesNotRetry()
    {
        server.Enqueue(Scripted.Error(401, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure."));
        await using var services = Neo4jServices.Build(Neo4jServices.FastSettings(server.Uri));

        var error = await Assert.ThrowsAsync<Neo4jClientException>(() => services.GetRequiredService<QueryApiClient>().RunAsync("RETURN 1"));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
        Assert.Equal(1, server.Attempts);
    }

    [Fact]
    public async Task RunAsync_TransientErrorsThenSuccess_RetriesUntilItSucceeds()
    {
        server.Enqueue(
            Scripted.Error(400, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient can't acquire ExclusiveLock"),
            Scripted.Error(400, "Neo.TransientError.General.MemoryPoolOutOfMemoryError", "pool full"));
        await using var services = Neo4jServices.Build(Neo4jServices.FastSettings(server.Uri));

        var result = await services.GetRequiredService<QueryApiClient>().RunAsync("RETURN 1 AS ok");

        Assert.Equal(1L, result.Single()["ok"]);
        Assert.Equal(3, server.Attempts);
    }

    [Fact]
    public async Task RunAsync_ServiceUnavailable_RetriesMaxAttemptsThenThrows()
    {
        server.Default = Scripted.Plain(503, "<html>upstream unavailable</html>");
        await using var services = Neo4jServices.Build(Neo4jServices.FastSettings(server.Uri));

        var error = await Assert.ThrowsAsync<Neo4jUnavailableException>(() => services.GetRequiredService<QueryApiClient>().RunAsync("RETURN 1"));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(1 + 3, server.Attempts); // first try + MaxRetryAttempts
    }

    [Fact]
    public async Task RunAsync_DatabaseError_ThrowsWithoutRetry()
    {
        server.Enqueue(Scripted.Error(500, "Neo.DatabaseError.General.UnknownError", "disk full"));
        await using var services = Neo4jServices.Build(Neo4jServices.FastSettings(server.Uri));

        await Assert.ThrowsAsync<Neo4jDatabaseException>(() => services.GetRequiredService<QueryApiClient>().RunAsync("RETURN 1"));

        Assert.Equal(1, server.Attempts);
    }

    [Fact]
    public async Task RunAsync_ResponseBookmarks_AreSentWithTheNextRequest()
    {
        server.Enqueue(Scripted.Rows(["ok"], [[Typed("Integer", "1")]], "FB:kcwQ-after-write"));
        await using var services = Neo4jServices.Build(Neo4jServices.FastSettings(server.Uri));
        var client = services.GetRequiredService<QueryApiClient>();

        await client.RunAsync("CREATE (n:Entity {id: 'x'})");
        await client.RunAsync("MATCH (n:Entity) RETURN count(n)", mode: AccessMode.Read);

        var second = server.Requests.Last();
        Assert.Equal(["FB:kcwQ-after-write"], second.Body.GetProperty("bookmarks").EnumerateArray().Select(b => b.GetString()));
    }

    private static void AssertTyped(JsonElement value, string type, string expected)
    {
        Assert.Equal(type, value.GetProperty("$type").GetString());
        Assert.Equal(expected, value.GetProperty("_value").GetString());
    }
}
