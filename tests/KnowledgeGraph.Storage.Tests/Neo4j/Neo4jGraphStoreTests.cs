using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using Microsoft.Extensions.DependencyInjection;
using static KnowledgeGraph.Storage.Tests.Neo4j.QueryApiStandIn;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

// What the store sends, checked on QueryApiStandIn (a real loopback Kestrel server playing the Query API, since no
// Neo4j runs here). The same store against a real Neo4j is Neo4jGraphStoreContractTests.
public sealed class Neo4jGraphStoreTests : IAsyncLifetime
{
    private static readonly string Seed = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "seeds", "科技情报参考-2024-国家乳业技术创新中心五个里程碑.txt"));

    private static readonly Scripted NoBulletinYet = Scripted.Rows(["bulletin"], []);

    private QueryApiStandIn server = null!;

    public async Task InitializeAsync() => server = await QueryApiStandIn.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task CommitBulletinAsync_SmallGraph_SendsGraphAndIngestedBulletinInOneStatement()
    {
        server.Enqueue(NoBulletinYet);
        await using var services = Neo4jServices.Build(Neo4jServices.FastSettings(server.Uri));
        var (bulletin, graph) = SeedGraph(mentions: 3);

        await services.GetRequiredService<IGraphStore>().CommitBulletinAsync(bulletin, graph);

        Assert.Equal(2, server.Attempts); // the read of an earlier ingestion time, then the one write
        var request = server.Requests.Last();
        Assert.Equal(CypherStatements.Embedded["upsert-graph"], request.Statement);
        Assert.Equal(3, request.Parameter("mentions").GetProperty("_value").GetArrayLength());
        var row = request.Parameter("bulletin").GetProperty("_value");
        Assert.Equal("Ingested", row.GetProperty("status").GetProperty("_value").GetString());
        Assert.Equal("OffsetDateTime", row.GetProperty("ingestedAt").GetProperty("$type").GetString());
        Assert.Equal("1", row.GetProperty("articles").GetProperty("_value").GetString()); // counts come from the graph committed
        var entity = request.Parameter("entities").GetProperty("_value")[0].GetProperty("_value");
        Assert.Equal("国家乳业技术创新中心", entity.GetProperty("fields").GetProperty("_value").GetProperty("name").GetProperty("_value").GetString());
    }

    [Fact]
    public async Task CommitBulletinAsync_GraphLargerThanOneStatement_SendsPartsThenBulletinLast()
    {
        var settings = Neo4jServices.FastSettings(server.Uri);
        settings["Graph:Neo4j:BatchSize"] = "2";
        settings["Graph:Neo4j:MaxRowsPerStatement"] = "4";
        server.Enqueue(NoBulletinYet);
        await using var services = Neo4jServices.Build(settings);
        var (bulletin, graph) = SeedGraph(mentions: 5); // 1 entity + 1 relation + 1 article + 5 mentions = 8 rows

        await services.GetRequiredService<IGraphStore>().CommitBulletinAsync(bulletin, graph);

        var requests = server.Requests.Skip(1).ToList();
        Assert.Equal(1 + 1 + 1 + 3 + 1, requests.Count); // entity, relation, article, 3 mention parts, bulletin
        Assert.All(requests.SkipLast(1), r => Assert.Equal("Null", r.Parameter("bulletin").GetProperty("$type").GetString()));
        Assert.All(requests, r => Assert.True(RowCount(r) <= 2));
        var last = requests[^1];
        Assert.Equal("Map", last.Parameter("bulletin").GetProperty("$type").GetString());
        Assert.Equal(0, RowCount(last));
    }

    [Fact]
    public async Task QueryEntitiesAsync_ChineseText_SendsPhraseForCjkIndexAndPagesByCursor()
    {
        server.Enqueue(Scripted.Rows(
            ["total", "page"],
            [[Typed("Integer", "3"), Typed("List", new[] { EntityMap("Lab:国家乳业技术创新中心", "国家乳业技术创新中心"), EntityMap("Enterprise:伊利", "伊利") })]]));
        await using var services = Neo4jServices.Build(Neo4jServices.FastSettings(server.Uri));

        var page = await services.GetRequiredService<IGraphStore>().QueryEntitiesAsync(new EntityQuery { Text = " 乳业 ", First = 1 });

        var request = Assert.Single(server.Requests);
        Assert.Equal("\"乳业\"", request.Parameter("textQuery").GetProperty("_value").GetString());
        Assert.Equal("1", request.Parameter("limit").GetProperty("_value").GetString());
        var entity = Assert.Single(page.Items);
        Assert.Equal("国家乳业技术创新中心", entity.Name);
        Assert.Equal(3, page.TotalCount);
        Assert.True(page.HasNextPage);
        Assert.False(page.HasPreviousPage);
        Assert.NotNull(page.EndCursor);
    }

    [Fact]
    public async Task CheckHealthAsync_ServerDownThenUp_ReportsUnhealthyWithoutThrowingThenRecovers()
    {
        var port = FreePort();
        var settings = Neo4jServices.FastSettings(new Uri($"http://127.0.0.1:{port}"));
        await using var services = Neo4jServices.Build(settings);
        var store = services.GetRequiredService<IGraphStore>();

        var down = await store.CheckHealthAsync();
        await using var up = await QueryApiStandIn.StartAsync(port);
        var recovered = await store.CheckHealthAsync();

        Assert.False(down.Healthy);
        Assert.Contains("unreachable", down.Description, StringComparison.Ordinal);
        Assert.True(recovered.Healthy, recovered.Description);
        Assert.Single(up.Requests); // the probe is one attempt, never retried
    }

    [Fact]
    public async Task CheckHealthAsync_ServerHangs_ReportsUnhealthyWithinHealthTimeout()
    {
        server.Default = Scripted.Rows(["ok"], [[Typed("Integer", "1")]]) with { Delay = TimeSpan.FromSeconds(10) };
        await using var services = Neo4jServices.Build(Neo4jServices.FastSettings(server.Uri));
        var started = TimeProvider.System.GetTimestamp();

        var health = await services.GetRequiredService<IGraphStore>().CheckHealthAsync();

        Assert.False(health.Healthy);
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(8)); // the 3 s health timeout, not the 10 s hang
    }

    [Fact]
    public async Task InitializeAsync_Always_RunsEverySchemaStatementThenWaitsForIndexes()
    {
        await using var services = Neo4jServices.Build(Neo4jServices.FastSettings(server.Uri));

        await services.GetRequiredService<IGraphStore>().InitializeAsync();

        var statements = server.Requests.Select(r => r.Statement).ToList();
        Assert.Equal([.. CypherStatements.Embedded.All("schema"), CypherStatements.Embedded["await-indexes"]], statements);
        Assert.Contains(statements, s => s.Contains("FULLTEXT INDEX entity_names", StringComparison.Ordinal) && s.Contains("'cjk'", StringComparison.Ordinal));
    }

    private static int RowCount(Recorded request) =>
        new[] { "entities", "relations", "articles", "mentions", "facts" }.Sum(p => request.Parameter(p).GetProperty("_value").GetArrayLength());

    private static object EntityMap(string id, string name) => Typed("Map", new Dictionary<string, object?>
    {
        ["id"] = Typed("String", id),
        ["kind"] = Typed("String", id[..id.IndexOf(':', StringComparison.Ordinal)]),
        ["name"] = Typed("String", name),
        ["aliases"] = Typed("List", Array.Empty<object>()),
        ["mentionCount"] = Typed("Integer", "2"),
    });

    private static (Bulletin Bulletin, BulletinGraph Graph) SeedGraph(int mentions)
    {
        const string name = "国家乳业技术创新中心";
        var bulletin = new Bulletin("9f2c", "科技情报参考-2024-国家乳业技术创新中心五个里程碑.txt", BulletinStatus.Pending, DateTimeOffset.UnixEpoch);
        var lab = new Entity(EntityIds.For(EntityKind.Lab, name), EntityKind.Lab, name) { RegionCode = "150000" };
        var located = new Relation(lab.Id, RelationKind.LocatedIn, EntityIds.Region("150000"));
        var title = Seed.Split('\n')[0].Trim();
        var mentionList = new List<Mention>();
        foreach (var (target, term) in new[] { (lab.Id, name), (located.Id, "内蒙古"), (EntityIds.Chain("乳业"), "乳业") })
        {
            for (var at = Seed.IndexOf(term, StringComparison.Ordinal); at >= 0 && mentionList.Count < mentions; at = Seed.IndexOf(term, at + 1, StringComparison.Ordinal))
            {
                var sentenceStart = Math.Max(0, Seed.LastIndexOfAny(['。', '\n'], at) + 1);
                var sentenceEnd = Seed.IndexOf('。', at) is var end and >= 0 ? end + 1 : Seed.Length;
                mentionList.Add(new Mention(target, bulletin.Id, 0, title, mentionList.Count, Seed[sentenceStart..sentenceEnd], sentenceStart, at, at + term.Length, "test"));
            }
        }

        Assert.Equal(mentions, mentionList.Count);
        return (bulletin, new BulletinGraph([new Article(bulletin.Id, 0, title, 0, Seed.Length, 20)], [lab], [located], mentionList, []));
    }
}
