using System.Text.RegularExpressions;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Neo4j.QueryApi;
using Microsoft.Extensions.DependencyInjection;
using static KnowledgeGraph.Storage.Tests.Neo4j.QueryApiStandIn;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

// A missing or misspelt parameter is a runtime error in Neo4j (ParameterMissing), which no Neo4j here would catch:
// every store call is made against QueryApiStandIn (a real loopback Kestrel server playing the Query API) and the
// parameters sent are compared with the $parameters of the statement sent.
public sealed partial class Neo4jStatementParametersTests : IAsyncLifetime
{
    private QueryApiStandIn server = null!;

    public async Task InitializeAsync()
    {
        server = await QueryApiStandIn.StartAsync();
        // The stand-in refuses every statement once recorded; only what was sent matters here.
        server.Default = Scripted.Error(400, "Neo.ClientError.Statement.SyntaxError", "recorded by the stand-in");
    }

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task EveryStoreCall_SendsExactlyTheParametersItsStatementUses()
    {
        await using var services = Neo4jServices.Build(Neo4jServices.FastSettings(server.Uri));
        var store = services.GetRequiredService<IGraphStore>();
        var bulletin = new Bulletin("9f2c", "科技情报参考-2024-国家乳业技术创新中心五个里程碑.txt", BulletinStatus.Pending, DateTimeOffset.UnixEpoch);
        var centre = new Entity("InnovationPlatform:国家乳业技术创新中心", EntityKind.InnovationPlatform, "国家乳业技术创新中心");
        var calls = new Func<Task>[]
        {
            () => store.UpsertReferenceAsync([centre], [new Relation(centre.Id, RelationKind.Serves, EntityIds.Chain("乳业"))]),
            () => store.SaveBulletinAsync(bulletin),
            () => store.GetBulletinAsync(bulletin.Id),
            () => store.GetBulletinsAsync(BulletinStatus.Ingested),
            () => store.GetArticlesAsync([bulletin.Id]),
            () => store.GetEntitiesAsync([centre.Id]),
            () => store.QueryEntitiesAsync(new EntityQuery { Text = "乳业 中心", Chain = "乳业", RegionPrefix = "15", Kinds = [EntityKind.InnovationPlatform] }),
            () => store.GetRelationsAsync([centre.Id], RelationDirection.Both, [RelationKind.Serves]),
            () => store.GetMentionsAsync([centre.Id]),
            () => store.GetFactsAsync([centre.Id]),
            () => store.GetPlacementsAsync("乳业", "15"),
            () => store.GetCoverageAsync("乳业"),
            () => store.GetStatsAsync(),
            async () =>
            {
                server.Enqueue(Scripted.Rows(["bulletin"], []));
                await store.CommitBulletinAsync(bulletin, BulletinGraph.Empty with { Entities = [centre] });
            },
        };

        foreach (var call in calls)
        {
            await Assert.ThrowsAsync<Neo4jClientException>(call);
        }

        await store.CheckHealthAsync();
        await Assert.ThrowsAsync<Neo4jClientException>(() => store.InitializeAsync());

        Assert.True(server.Requests.Count >= calls.Length + 2);
        foreach (var request in server.Requests)
        {
            var sent = request.Body.TryGetProperty("parameters", out var parameters)
                ? parameters.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList()
                : [];
            Assert.True(UsedParameters(request.Statement).SequenceEqual(sent), $"sent [{string.Join(", ", sent)}] for:\n{request.Statement}");
        }
    }

    private static List<string> UsedParameters(string statement)
    {
        var code = string.Join('\n', statement.Split('\n').Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        return [.. Parameter().Matches(code).Select(m => m.Groups[1].Value).Distinct().Order(StringComparer.Ordinal)];
    }

    [GeneratedRegex(@"\$([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex Parameter();
}
