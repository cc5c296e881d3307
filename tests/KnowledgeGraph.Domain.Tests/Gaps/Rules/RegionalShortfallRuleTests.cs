using KnowledgeGraph.Domain.Gaps;
using KnowledgeGraph.Domain.Gaps.Rules;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Tests.Gaps.Rules;

public sealed class RegionalShortfallRuleTests
{
    [Fact]
    public void Evaluate_JiangsuFarBelowInnerMongoliaOnBreeding_HighWithMedianAndLeader()
    {
        var graph = new DairyGraph().WithSeedResearchCentres()
            .Place("奶牛繁育", EntityKind.Enterprise, "内蒙古赛科星繁育生物技术（集团）股份有限公司", DairyGraph.Hohhot)
            .Place("奶牛繁育", EntityKind.University, "内蒙古农业大学", DairyGraph.Hohhot)
            .Place("乳品加工", EntityKind.Enterprise, "南京卫岗乳业有限公司", DairyGraph.Nanjing);

        var findings = new RegionalShortfallRule().Evaluate(graph.Context("江苏")).ToList();

        var breeding = Assert.Single(findings, f => f.SegmentId == DairyGraph.Segment("奶牛繁育"));
        Assert.Equal(GapSeverity.High, breeding.Severity);
        Assert.Equal("江苏 乳业「奶牛繁育」环节只有 0 家企业和创新机构，其他 1 个地区的中位数为 3 家，最多的内蒙古有 3 家。", breeding.Explanation);
        Assert.Equal(3, breeding.Suggestions.Count);
        Assert.DoesNotContain(findings, f => f.SegmentId == DairyGraph.Segment("营养与健康"));
    }

    [Fact]
    public void Evaluate_HalfTheMedian_NotFarBelow()
    {
        var graph = new DairyGraph()
            .Place("乳品加工", EntityKind.Enterprise, "内蒙古伊利实业集团股份有限公司", DairyGraph.Hohhot)
            .Place("乳品加工", EntityKind.Enterprise, "内蒙古蒙牛乳业（集团）股份有限公司", DairyGraph.Hohhot)
            .Place("乳品加工", EntityKind.Enterprise, "南京卫岗乳业有限公司", DairyGraph.Nanjing);

        Assert.Empty(new RegionalShortfallRule().Evaluate(graph.Context("江苏")));
    }

    [Theory]
    [InlineData(new[] { 1, 5, 3 }, 3.0)]
    [InlineData(new[] { 4, 1, 2, 8 }, 3.0)]
    [InlineData(new int[0], 0.0)]
    public void Median_Values_MiddleValue(int[] values, double expected) =>
        Assert.Equal(expected, RegionalShortfallRule.Median(values));
}
