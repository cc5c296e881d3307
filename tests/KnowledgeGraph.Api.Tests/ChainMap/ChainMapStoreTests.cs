using KnowledgeGraph.Domain.Caching;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Gaps;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Tests.ChainMap;

/// <summary>Chain maps and findings from a small graph committed into a real temp SQLite file (no host).</summary>
public sealed class ChainMapStoreTests : IAsyncLifetime, IDisposable
{
    private const string Centre = "InnovationPlatform:奶牛繁育与养殖技术研究中心";
    private static readonly DateTimeOffset January = new(2024, 1, 15, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset June = new(2024, 6, 15, 8, 0, 0, TimeSpan.Zero);

    private readonly string path = Path.Combine(Path.GetTempPath(), $"kg-chainmap-{Guid.NewGuid():N}.db");
    private readonly SqliteGraphStore store;

    public ChainMapStoreTests()
    {
        store = new SqliteGraphStore(Options.Create(new SqliteStoreOptions { Path = path }), TimeProvider.System, NullLogger<SqliteGraphStore>.Instance);
    }

    private ChainMapService Maps => new(store, ChainCatalogue.Default, Gazetteer.Default, new GraphAnswerCache(store));

    private GapAnalysisService Gaps => new(
        Maps, new CoverageService(store, ChainCatalogue.Default, Gazetteer.Default, new GraphAnswerCache(store)), ChainCatalogue.Default, Gazetteer.Default, new GraphAnswerCache(store), store);

    public async Task InitializeAsync()
    {
        await store.InitializeAsync();
        var (entities, relations) = ChainCatalogue.Default.ToGraph();
        await store.UpsertReferenceAsync(entities, relations);
        await CommitAsync("研究中心", January, g => g
            .Add(new Entity(Centre, EntityKind.InnovationPlatform, "奶牛繁育与养殖技术研究中心") { RegionCode = "150000" },
                "四中心，分别是由西北农林科技大学张涌院士和内蒙古农业大学齐景伟教授牵头的奶牛繁育与养殖技术研究中心。")
            .Relate(new Relation(Centre, RelationKind.Serves, EntityIds.Segment("乳业", "奶牛繁育")))
            .Relate(new Relation(Centre, RelationKind.Serves, EntityIds.Segment("乳业", "奶牛养殖")))
            .Add(new Entity("Achievement:奶牛体外胚胎生产技术", EntityKind.Achievement, "奶牛体外胚胎生产技术"),
                "已将奶牛体外胚胎生产技术、牛奶原生 DHA 技术等技术成果进行应用推广。")
            .Relate(new Relation("Achievement:奶牛体外胚胎生产技术", RelationKind.Serves, EntityIds.Segment("乳业", "奶牛繁育")))
            .Relate(new Relation(Centre, RelationKind.Produced, "Achievement:奶牛体外胚胎生产技术")));
        await CommitAsync("企业", June, g => g
            .Add(new Entity(DairyEnterprisesBulletin.Youran, EntityKind.Enterprise, "内蒙古优然牧业有限责任公司") { RegionCode = "150100" },
                "内蒙古优然牧业有限责任公司在奶牛养殖环节建设万头牧场。")
            .Relate(new Relation(DairyEnterprisesBulletin.Youran, RelationKind.OperatesIn, EntityIds.Segment("乳业", "奶牛养殖")))
            .Add(new Entity(DairyEnterprisesBulletin.Mengniu, EntityKind.Enterprise, "内蒙古蒙牛乳业（集团）股份有限公司") { RegionCode = "150100" },
                "内蒙古蒙牛乳业（集团）股份有限公司在冷链与销售环节布局全国冷链物流网络。")
            .Relate(new Relation(DairyEnterprisesBulletin.Mengniu, RelationKind.OperatesIn, EntityIds.Segment("乳业", "冷链与销售"))));
    }

    [Fact]
    public async Task AnalyseAsync_CommittedGraph_FindingsTraceToStoredRelations()
    {
        var report = await Gaps.AnalyseAsync("乳业", "内蒙古");

        var findings = report!.Findings;
        Assert.DoesNotContain(findings, f => f.Kind == GapKind.InnovationGap && f.SegmentId == EntityIds.Segment("乳业", "奶牛养殖"));
        var gap = Assert.Single(findings, f => f.Kind == GapKind.InnovationGap);
        Assert.Equal(EntityIds.Segment("乳业", "冷链与销售"), gap.SegmentId);
        var stored = await store.GetRelationsAsync(gap.EntityIds, Domain.Storage.RelationDirection.Outgoing);
        Assert.Subset(stored.Select(r => r.Id).ToHashSet(), gap.RelationIds.ToHashSet());
        var untransferred = Assert.Single(findings, f => f.Kind == GapKind.UntransferredAchievement);
        Assert.Equal(GapSeverity.High, untransferred.Severity);
        Assert.Contains("由奶牛繁育与养殖技术研究中心产出", untransferred.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_AsOfBeforeSecondBulletin_OnlyFirstBulletinsPlacements()
    {
        var before = await Maps.GetAsync("乳业", "内蒙古", asOf: January.AddDays(1));
        var now = await Maps.GetAsync("乳业", "内蒙古");

        var farmingBefore = before!.Segment(EntityIds.Segment("乳业", "奶牛养殖"))!;
        var farmingNow = now!.Segment(EntityIds.Segment("乳业", "奶牛养殖"))!;
        Assert.Equal(["奶牛繁育与养殖技术研究中心"], farmingBefore.Placements.Select(p => p.Name));
        Assert.Equal(2, farmingNow.Placements.Count);
        Assert.Equal(7, before.Supplies.Count);
        Assert.Equal(January.AddDays(1), before.AsOf);
    }

    [Theory]
    [InlineData("内蒙古")]
    [InlineData("江苏")]
    [InlineData(null)]
    public async Task FromMap_AnyRegionsMap_CountsTheSameCellsAsTheStoresCoverage(string? region)
    {
        var map = await Maps.GetAsync("乳业", region);
        var fromStore = await store.GetCoverageAsync("乳业");

        var fromMap = CoverageService.CellsOf(map!);

        Assert.Equal(
            fromStore.OrderBy(c => c.SegmentId, StringComparer.Ordinal).ThenBy(c => c.RegionCode, StringComparer.Ordinal).ThenBy(c => c.Kind),
            fromMap.OrderBy(c => c.SegmentId, StringComparer.Ordinal).ThenBy(c => c.RegionCode, StringComparer.Ordinal).ThenBy(c => c.Kind));
    }

    [Fact]
    public async Task AnalyseAsync_AsOfBeforeSecondBulletin_ShortfallCountsOnlyWhatWasKnownThen()
    {
        var before = await Gaps.AnalyseAsync("乳业", "内蒙古", asOf: January.AddDays(1));
        var coverage = new CoverageService(store, ChainCatalogue.Default, Gazetteer.Default, new GraphAnswerCache(store)).FromMap(before!.Map, RegionLevel.Province);

        // June's two enterprises are not in a January report's coverage, any more than in its map.
        var innerMongolia = coverage.Row("150000")!;
        Assert.Equal(0, innerMongolia.Count(EntityIds.Segment("乳业", "冷链与销售"), new HashSet<EntityKind> { EntityKind.Enterprise }));
        Assert.Equal(1, innerMongolia.Count(EntityIds.Segment("乳业", "奶牛养殖"), EntityKinds.Organisations));
    }

    [Fact]
    public async Task GetAsync_RegionElsewhere_SplitsByAdcodePrefix()
    {
        var jiangsu = await Maps.GetAsync("乳业", "江苏");

        var farming = jiangsu!.Segment(EntityIds.Segment("乳业", "奶牛养殖"))!;
        Assert.Empty(farming.Placements);
        Assert.Equal(2, farming.Elsewhere.Count);
        Assert.Equal(1, farming.CountElsewhere(EntityKind.Enterprise));
        var breeding = jiangsu.Segment(EntityIds.Segment("乳业", "奶牛繁育"))!;
        Assert.Equal("奶牛体外胚胎生产技术", Assert.Single(breeding.Unlocated).Name);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        store.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }

    private async Task CommitAsync(string name, DateTimeOffset at, Func<GraphBuilder, GraphBuilder> build)
    {
        var id = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(name)));
        var graph = build(new GraphBuilder(id)).Build();
        await store.CommitBulletinAsync(new Bulletin(id, name + ".txt", BulletinStatus.Ingested, at) { IngestedAt = at }, graph);
    }

    /// <summary>Entities and relations with a mention each, in the sentence the test gives.</summary>
    private sealed class GraphBuilder(string bulletinId)
    {
        private readonly List<Entity> entities = [];
        private readonly List<Relation> relations = [];
        private readonly List<Mention> mentions = [];
        private string sentence = string.Empty;

        public GraphBuilder Add(Entity entity, string text)
        {
            sentence = text;
            entities.Add(entity);
            return Mention(entity.Id, entity.Name);
        }

        public GraphBuilder Relate(Relation relation)
        {
            relations.Add(relation);
            return Mention(relation.Id, sentence);
        }

        public BulletinGraph Build() => new([new Article(bulletinId, 0, "测试", 0, 100, 1)], entities, relations, mentions, []);

        private GraphBuilder Mention(string target, string words)
        {
            var at = Math.Max(sentence.IndexOf(words, StringComparison.Ordinal), 0);
            mentions.Add(new Mention(target, bulletinId, 0, "测试", mentions.Count, sentence, 0, at, at + Math.Min(words.Length, sentence.Length), "test"));
            return this;
        }
    }
}
