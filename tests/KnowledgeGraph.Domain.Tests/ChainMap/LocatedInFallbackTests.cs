using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Domain.Tests.ChainMap;

public sealed class LocatedInFallbackTests
{
    private const string Centre = "InnovationPlatform:奶牛繁育与养殖技术研究中心";

    [Fact]
    public void RegionsOf_NameOrAdcodeTargets_MostSpecificAdcode()
    {
        Relation[] relations =
        [
            new(Centre, RelationKind.LocatedIn, "Region:内蒙古自治区"),
            new(Centre, RelationKind.LocatedIn, EntityIds.Region("150100")),
            new("Lab:鄂尔多斯实验室", RelationKind.LocatedIn, "Region:鄂尔多斯市"),
            new(Centre, RelationKind.PartOf, "InnovationPlatform:国家乳业技术创新中心"),
        ];

        var regions = LocatedInFallback.RegionsOf(relations, Gazetteer.Default);

        Assert.Equal("150100", regions[Centre]);
        Assert.Equal("150600", regions["Lab:鄂尔多斯实验室"]);
        Assert.Equal(2, regions.Count);
    }

    [Fact]
    public void Apply_PlacementWithoutRegion_TakesLocatedInRegionOnly()
    {
        Placement[] placements =
        [
            new("ChainSegment:乳业/奶牛繁育", Centre, EntityKind.InnovationPlatform, "奶牛繁育与养殖技术研究中心", null, RelationKind.Serves),
            new("ChainSegment:乳业/乳品加工", "Enterprise:南京卫岗乳业有限公司", EntityKind.Enterprise, "南京卫岗乳业有限公司", "320100", RelationKind.OperatesIn),
        ];
        var regions = new Dictionary<string, string> { [Centre] = "150000", ["Enterprise:南京卫岗乳业有限公司"] = "150000" };

        var applied = LocatedInFallback.Apply(placements, regions);

        Assert.Equal(["150000", "320100"], applied.Select(p => p.RegionCode));
    }
}
