using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;
using static KnowledgeGraph.Storage.Tests.Contract.SeedGraph;

namespace KnowledgeGraph.Storage.Tests.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task GetPlacementsAsync_InnerMongoliaPrefix_IncludesSubRegionsAndExcludesJiangsu()
    {
        var store = await CreateStoreAsync();
        await SeedAsync(store);

        var placements = await store.GetPlacementsAsync(Chain, Gazetteer.PrefixOf("150000"));

        (string, string, RelationKind)[] expected =
        [
            (ChainId, DairyCenter, RelationKind.Serves),
            (ChainId, ScienceDepartment, RelationKind.Funds),
            (Breeding, BreedingCenter, RelationKind.Serves),
            (Farming, BreedingCenter, RelationKind.Serves),
            (Forage, BayannurPark, RelationKind.OperatesIn),
        ];
        Assert.Equal(expected.Order(), placements.Select(p => (p.SegmentId, p.EntityId, p.Via)).Order());
        Assert.DoesNotContain(placements, p => p.EntityId == JiangnanUniversity);
        var park = Assert.Single(placements, p => p.EntityId == BayannurPark);
        Assert.Equal(("150800", EntityKind.Park, "巴彦淖尔国家农业高新技术产业示范区", "龙头"), (park.RegionCode, park.Kind, park.Name, park.Role));
        Assert.Equal(RelationIds.For(BayannurPark, RelationKind.OperatesIn, Forage), park.RelationId);
    }

    [SkippableFact]
    public async Task GetPlacementsAsync_NodeLocatedByALaterBulletin_PlacedWithItsNewRegion()
    {
        var store = await CreateStoreAsync();
        await SeedAsync(store);
        var lab = EntityIds.For(EntityKind.Lab, "乳品营养与健康重点实验室");
        var unlocated = BulletinGraph.Empty with
        {
            Entities = [new Entity(lab, EntityKind.Lab, "乳品营养与健康重点实验室")],
            Relations = [new Relation(lab, RelationKind.Supports, Processing)],
        };
        await store.CommitBulletinAsync(Bulletin("科技情报参考-2024-乳品实验室.txt", new DateTimeOffset(2024, 3, 1, 8, 0, 0, TimeSpan.Zero)), unlocated);
        var before = await store.GetPlacementsAsync(Chain, null);
        Assert.Null(Assert.Single(before, p => p.EntityId == lab).RegionCode);
        Assert.DoesNotContain(await store.GetPlacementsAsync(Chain, Gazetteer.PrefixOf("150000")), p => p.EntityId == lab);

        var located = unlocated with { Entities = [new Entity(lab, EntityKind.Lab, "乳品营养与健康重点实验室") { RegionCode = "150100" }] };
        await store.CommitBulletinAsync(Bulletin("科技情报参考-2024-乳品实验室-续.txt", new DateTimeOffset(2024, 4, 1, 8, 0, 0, TimeSpan.Zero)), located);

        var inInnerMongolia = await store.GetPlacementsAsync(Chain, Gazetteer.PrefixOf("150000"));
        var placed = Assert.Single(inInnerMongolia, p => p.EntityId == lab);
        Assert.Equal(("150100", "乳品营养与健康重点实验室", RelationKind.Supports), (placed.RegionCode, placed.Name, placed.Via));
    }

    [SkippableFact]
    public async Task GetMentionCountsAsync_PlacedAndUnknownIds_CountsOfTheNodesOnly()
    {
        var store = await CreateStoreAsync();
        await SeedAsync(store);
        string[] ids = [DairyCenter, BayannurPark, "Enterprise:不存在的乳企"];

        var counts = await store.GetMentionCountsAsync(ids);

        var entities = await store.GetEntitiesAsync(ids);
        Assert.Equal(entities.ToDictionary(e => e.Key, e => e.Value.MentionCount).OrderBy(e => e.Key, StringComparer.Ordinal), counts.OrderBy(e => e.Key, StringComparer.Ordinal));
        Assert.True(counts[DairyCenter] > 0);
        Assert.Empty(await store.GetMentionCountsAsync([]));
    }

    [SkippableFact]
    public async Task GetPlacementsAsync_CityPrefixOrNoRegion_NarrowsOrWidens()
    {
        var store = await CreateStoreAsync();
        await SeedAsync(store);

        var bayannur = await store.GetPlacementsAsync(Chain, Gazetteer.PrefixOf("150800"));
        var everywhere = await store.GetPlacementsAsync(Chain, null);
        var jiangsu = await store.GetPlacementsAsync(Chain, Gazetteer.PrefixOf("320000"));

        Assert.Equal(BayannurPark, Assert.Single(bayannur).EntityId);
        Assert.Equal(6, everywhere.Count);
        Assert.Contains(everywhere, p => p.EntityId == JiangnanUniversity && p.SegmentId == Processing && p.Via == RelationKind.Supports);
        Assert.Equal(JiangnanUniversity, Assert.Single(jiangsu).EntityId);
        Assert.Empty(await store.GetPlacementsAsync("稀土", null));
    }

    [SkippableFact]
    public async Task GetPlacementsAsync_EdgesThatDoNotPlace_AreIgnored()
    {
        var store = await CreateStoreAsync();
        await SeedAsync(store);

        var placements = await store.GetPlacementsAsync(Chain, null);

        // LEADS, PART_OF between platforms, LOCATED_IN and SUPPLIES between segments are not placements.
        Assert.DoesNotContain(placements, p => p.EntityId is var id && (id == ZhangYong || id == ImauUniversity));
        Assert.DoesNotContain(placements, p => p.Kind == EntityKind.ChainSegment);
        Assert.All(placements, p => Assert.Contains(p.Via, (IReadOnlySet<RelationKind>)PlacementKinds.All));
    }

    [SkippableFact]
    public async Task GetCoverageAsync_SeededChain_CountsPerSegmentRegionAndKind()
    {
        var store = await CreateStoreAsync();
        await SeedAsync(store);
        var extra = Bulletin("科技情报参考-2024-巴彦淖尔.txt", SecondIngest) with { IngestedAt = SecondIngest };
        var mengniu = EntityIds.For(EntityKind.Enterprise, "内蒙古蒙牛乳业（集团）股份有限公司");
        var graph = BulletinGraph.Empty with
        {
            Entities = [new Entity(mengniu, EntityKind.Enterprise, "内蒙古蒙牛乳业（集团）股份有限公司") { RegionCode = "150100" }],
            Relations = [new Relation(mengniu, RelationKind.OperatesIn, Breeding), new Relation(mengniu, RelationKind.Serves, Breeding)],
        };
        await store.CommitBulletinAsync(extra, graph);

        var coverage = await store.GetCoverageAsync(Chain);

        CoverageCell[] expected =
        [
            new CoverageCell(Breeding, "150100", EntityKind.Enterprise, 1), // two edges, one entity
            new CoverageCell(Breeding, "150100", EntityKind.InnovationPlatform, 1),
            new CoverageCell(Farming, "150100", EntityKind.InnovationPlatform, 1),
            new CoverageCell(Forage, "150800", EntityKind.Park, 1),
            new CoverageCell(ChainId, "150000", EntityKind.GovernmentAgency, 1),
            new CoverageCell(ChainId, "150000", EntityKind.InnovationPlatform, 1),
            new CoverageCell(Processing, "320200", EntityKind.University, 1),
        ];
        Assert.Equal(Sorted(expected), Sorted(coverage));
    }

    private static List<CoverageCell> Sorted(IEnumerable<CoverageCell> cells) =>
        [.. cells.OrderBy(c => c.SegmentId, StringComparer.Ordinal).ThenBy(c => c.RegionCode, StringComparer.Ordinal).ThenBy(c => c.Kind)];
}
