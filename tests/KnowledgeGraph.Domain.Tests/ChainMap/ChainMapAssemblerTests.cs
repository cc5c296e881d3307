using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Tests.Gaps;

namespace KnowledgeGraph.Domain.Tests.ChainMap;

public sealed class ChainMapAssemblerTests
{
    [Fact]
    public void Build_Dairy_SegmentsUpstreamToDownstreamWithCatalogueSupplies()
    {
        var map = new DairyGraph().Map("内蒙古");

        Assert.Equal(
            ["饲草种植", "奶牛繁育", "奶牛养殖", "乳品加工", "乳品装备与包装", "质量安全与标准", "营养与健康", "冷链与销售"],
            map.Segments.Select(s => s.Name));
        Assert.Equal(ChainStage.Upstream, map.Segments[0].Stage);
        Assert.Equal(ChainStage.Downstream, map.Segments[^1].Stage);
        Assert.Equal(7, map.Supplies.Count);
        Assert.Contains(map.Supplies, e => e.RelationId == "ChainSegment:乳业/乳品加工|SUPPLIES|ChainSegment:乳业/冷链与销售");
        Assert.Equal(["奶牛养殖", "乳品加工", "营养与健康", "冷链与销售"], map.Downstream(DairyGraph.Segment("饲草种植")).Select(s => s.Name));
        Assert.Equal(["饲草种植", "奶牛繁育", "奶牛养殖", "乳品装备与包装", "质量安全与标准"], map.Upstream(DairyGraph.Segment("乳品加工")).Select(s => s.Name));
    }

    [Fact]
    public void Build_RegionAsked_SplitsLocalIncludingSubRegionsFromElsewhere()
    {
        var graph = new DairyGraph().WithSeedResearchCentres()
            .Place("乳品加工", EntityKind.Enterprise, "内蒙古伊利实业集团股份有限公司", DairyGraph.Hohhot, role: "链主")
            .Place("乳品加工", EntityKind.Enterprise, "南京卫岗乳业有限公司", DairyGraph.Nanjing);

        var processing = graph.Map("内蒙古").Segment(DairyGraph.Segment("乳品加工"))!;

        Assert.Equal(["乳品工艺技术与装备研究中心", "内蒙古伊利实业集团股份有限公司"], processing.Placements.Select(p => p.Name));
        Assert.Equal("南京卫岗乳业有限公司", Assert.Single(processing.Elsewhere).Name);
        Assert.Equal(1, processing.Count(EntityKind.Enterprise));
        Assert.Equal(1, processing.CountElsewhere(EntityKind.Enterprise));
        Assert.Equal(1, processing.Counts[EntityKind.InnovationPlatform]);
        Assert.Equal("链主", processing.Enterprises.Single().Role);
    }

    [Fact]
    public void Build_AchievementWithoutRegion_LocalWhenProducerIsLocal()
    {
        var graph = new DairyGraph().WithSeedResearchCentres()
            .Place("乳品加工", EntityKind.University, "江南大学", "320200")
            .Achievement("乳品加工", "常温活菌包埋技术", "InnovationPlatform:乳品工艺技术与装备研究中心")
            .Achievement("乳品加工", "乳酸菌发酵技术", "University:江南大学");

        var map = graph.Map("内蒙古");
        var processing = map.Segment(DairyGraph.Segment("乳品加工"))!;

        Assert.Contains(processing.Placements, p => p.Name == "常温活菌包埋技术");
        Assert.Contains(processing.Unlocated, p => p.Name == "乳酸菌发酵技术");
        var producer = Assert.Single(map.Achievements["Achievement:常温活菌包埋技术"].Producers);
        Assert.Equal("乳品工艺技术与装备研究中心", producer.Name);
    }

    [Fact]
    public void Build_NoRegion_EverythingLocalAndChainLevelKept()
    {
        var graph = new DairyGraph().WithSeedResearchCentres()
            .Place("乳品加工", EntityKind.Enterprise, "南京卫岗乳业有限公司", DairyGraph.Nanjing);

        var map = graph.Map(null);

        Assert.Null(map.Region);
        Assert.Equal("国家乳业技术创新中心", Assert.Single(map.ChainLevel).Name);
        Assert.Empty(map.Segments.SelectMany(s => s.Elsewhere));
        Assert.Equal(2, map.Segment(DairyGraph.Segment("乳品加工"))!.Placements.Count);
    }
}
