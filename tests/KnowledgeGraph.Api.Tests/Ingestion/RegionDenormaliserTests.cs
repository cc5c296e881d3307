using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Api.Tests.Ingestion;

public sealed class RegionDenormaliserTests
{
    private static readonly string Centre = EntityIds.For(EntityKind.InnovationPlatform, "国家乳业技术创新中心");
    private static readonly string Breeding = EntityIds.For(EntityKind.InnovationPlatform, "奶牛繁育与养殖技术研究中心");
    private static readonly string University = EntityIds.For(EntityKind.University, "北京工商大学");

    private readonly RegionDenormaliser denormaliser = new(Gazetteer.Default);

    [Theory]
    [InlineData("Region:150000")]
    [InlineData("Region:内蒙古自治区")]
    public void Apply_LocatedInRegion_CodeSetAndComponentInheritsIt(string regionId)
    {
        var graph = Graph(
            [new Entity(Centre, EntityKind.InnovationPlatform, "国家乳业技术创新中心"), new Entity(Breeding, EntityKind.InnovationPlatform, "奶牛繁育与养殖技术研究中心")],
            [new Relation(Centre, RelationKind.LocatedIn, regionId), new Relation(Breeding, RelationKind.PartOf, Centre)]);

        var result = denormaliser.Apply(graph);

        Assert.Equal("150000", result.Entities.Single(e => e.Id == Centre).RegionCode);
        Assert.Equal("150000", result.Entities.Single(e => e.Id == Breeding).RegionCode);
    }

    [Fact]
    public void Apply_ExtractorAlreadySetCode_Kept()
    {
        var graph = Graph(
            [new Entity(University, EntityKind.University, "北京工商大学") { RegionCode = "110000" }],
            [new Relation(University, RelationKind.LocatedIn, "Region:150000")]);

        var result = denormaliser.Apply(graph);

        Assert.Equal("110000", result.Entities.Single().RegionCode);
    }

    [Fact]
    public void Apply_TwoRegions_MostSpecificWins()
    {
        var graph = Graph(
            [new Entity(Centre, EntityKind.InnovationPlatform, "国家乳业技术创新中心")],
            [new Relation(Centre, RelationKind.LocatedIn, "Region:150000"), new Relation(Centre, RelationKind.LocatedIn, "Region:150800")]);

        Assert.Equal("150800", denormaliser.Apply(graph).Entities.Single().RegionCode);
    }

    [Fact]
    public void Apply_NoLocation_EntityUntouched()
    {
        var graph = Graph([new Entity(University, EntityKind.University, "北京工商大学")], []);

        Assert.Same(graph, denormaliser.Apply(graph));
    }

    private static BulletinGraph Graph(IReadOnlyList<Entity> entities, IReadOnlyList<Relation> relations) =>
        BulletinGraph.Empty with { Entities = entities, Relations = relations };
}
