using KnowledgeGraph.Domain.Gaps;
using KnowledgeGraph.Domain.Gaps.Rules;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Tests.Gaps.Rules;

public sealed class NoLeadingEnterpriseRuleTests
{
    [Fact]
    public void Evaluate_LocalLeader_NoFinding()
    {
        var graph = new DairyGraph()
            .Place("乳品加工", EntityKind.Enterprise, "内蒙古伊利实业集团股份有限公司", DairyGraph.Hohhot, role: "链主");

        Assert.Empty(new NoLeadingEnterpriseRule().Evaluate(graph.Context("内蒙古")));
    }

    [Fact]
    public void Evaluate_LeaderOnlyElsewhere_FlaggedAndLeaderSuggested()
    {
        var graph = new DairyGraph()
            .Place("乳品加工", EntityKind.Enterprise, "内蒙古伊利实业集团股份有限公司", DairyGraph.Hohhot, role: "链主")
            .Place("冷链与销售", EntityKind.Enterprise, "南京卫岗乳业有限公司", DairyGraph.Nanjing);

        var finding = Assert.Single(new NoLeadingEnterpriseRule().Evaluate(graph.Context("江苏")));

        Assert.Null(finding.SegmentId);
        Assert.Equal("江苏 乳业链有 1 家企业（南京卫岗乳业有限公司），但没有链主（龙头）企业。", finding.Explanation);
        var suggestion = Assert.Single(finding.Suggestions);
        Assert.Equal("Enterprise:内蒙古伊利实业集团股份有限公司", suggestion.EntityId);
        Assert.Contains("内蒙古", suggestion.Explanation, StringComparison.Ordinal);
        Assert.Contains("链主", suggestion.Explanation, StringComparison.Ordinal);
    }
}
