using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Domain.Tests.Gaps;

namespace KnowledgeGraph.Domain.Tests.ChainMap;

public sealed class CoverageServiceTests
{
    [Fact]
    public void Build_CityCells_RolledUpToProvinces()
    {
        CoverageCell[] cells =
        [
            new(DairyGraph.Segment("乳品加工"), "150100", EntityKind.Enterprise, 2),
            new(DairyGraph.Segment("乳品加工"), "150800", EntityKind.Enterprise, 1),
            new(DairyGraph.Segment("乳品加工"), "150000", EntityKind.Lab, 1),
            new(DairyGraph.Segment("奶牛繁育"), "320100", EntityKind.University, 1),
            new(DairyGraph.Segment("奶牛繁育"), null, EntityKind.Achievement, 4),
        ];

        var matrix = CoverageService.Build(DairyGraph.Dairy, cells, RegionLevel.Province, Gazetteer.Default);

        Assert.Equal(["150000", "320000", null], matrix.Rows.Select(r => r.RegionCode));
        var innerMongolia = matrix.Row("150000")!;
        Assert.Equal("内蒙古自治区", innerMongolia.RegionName);
        Assert.Equal(3, innerMongolia.Cell(DairyGraph.Segment("乳品加工"))!.Counts[EntityKind.Enterprise]);
        Assert.Equal(4, innerMongolia.Count(DairyGraph.Segment("乳品加工"), EntityKinds.Organisations));
        Assert.Equal(1, matrix.Row("320100")!.Count(DairyGraph.Segment("奶牛繁育"), EntityKinds.Innovation));
        Assert.Equal(CoverageService.UnknownRegionName, matrix.Rows[^1].RegionName);
    }

    [Theory]
    [InlineData("150802", RegionLevel.Province, "150000")]
    [InlineData("150802", RegionLevel.City, "150800")]
    [InlineData("150100", RegionLevel.City, "150100")]
    [InlineData("150000", RegionLevel.City, "150000")]
    public void RollUp_Code_ContainingRegionAtLevel(string code, RegionLevel level, string expected) =>
        Assert.Equal(expected, CoverageService.RollUp(code, level, Gazetteer.Default));
}
