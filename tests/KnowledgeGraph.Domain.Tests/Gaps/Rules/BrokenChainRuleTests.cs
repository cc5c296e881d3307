using KnowledgeGraph.Domain.Gaps;
using KnowledgeGraph.Domain.Gaps.Rules;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Tests.Gaps.Rules;

public sealed class BrokenChainRuleTests
{
    [Fact]
    public void Evaluate_HoleBetweenFarmingAndDistribution_HighWithSuppliesAndCandidateFromJiangsu()
    {
        var graph = new DairyGraph()
            .Place("奶牛养殖", EntityKind.Enterprise, "内蒙古优然牧业有限责任公司", DairyGraph.Hohhot)
            .Place("冷链与销售", EntityKind.Enterprise, "内蒙古蒙牛乳业（集团）股份有限公司", DairyGraph.Hohhot)
            .Place("乳品加工", EntityKind.Enterprise, "南京卫岗乳业有限公司", DairyGraph.Nanjing, mentionCount: 3);

        var findings = new BrokenChainRule().Evaluate(graph.Context("内蒙古")).ToList();

        var processing = Assert.Single(findings, f => f.SegmentId == DairyGraph.Segment("乳品加工"));
        Assert.Equal(GapSeverity.High, processing.Severity);
        Assert.Equal(
            "内蒙古 乳业「乳品加工」环节没有企业，而上游「奶牛养殖」有 1 家企业、下游「冷链与销售」有 1 家企业，产业链在此断开。",
            processing.Explanation);
        Assert.Contains("ChainSegment:乳业/奶牛养殖|SUPPLIES|ChainSegment:乳业/乳品加工", processing.RelationIds);
        var suggestion = Assert.Single(processing.Suggestions);
        Assert.Equal("Enterprise:南京卫岗乳业有限公司", suggestion.EntityId);
        Assert.Equal(SuggestionAction.FillChain, suggestion.Action);
    }

    [Fact]
    public void Evaluate_OnlyDownstreamHasEnterprises_UpstreamSegmentsMedium()
    {
        var graph = new DairyGraph()
            .Place("乳品加工", EntityKind.Enterprise, "内蒙古伊利实业集团股份有限公司", DairyGraph.Hohhot);

        var findings = new BrokenChainRule().Evaluate(graph.Context("内蒙古")).ToList();

        Assert.All(findings, f => Assert.Equal(GapSeverity.Medium, f.Severity));
        Assert.Contains(findings, f => f.SegmentId == DairyGraph.Segment("饲草种植"));
        Assert.Contains(findings, f => f.SegmentId == DairyGraph.Segment("冷链与销售"));
        Assert.DoesNotContain(findings, f => f.SegmentId == DairyGraph.Segment("乳品加工"));
    }

    [Fact]
    public void Evaluate_RegionWithoutEnterprises_NothingToBreak()
    {
        var graph = new DairyGraph().WithSeedResearchCentres()
            .Place("乳品加工", EntityKind.Enterprise, "南京卫岗乳业有限公司", DairyGraph.Nanjing);

        Assert.Empty(new BrokenChainRule().Evaluate(graph.Context("内蒙古")));
    }
}
