using KnowledgeGraph.Domain.Gaps;
using KnowledgeGraph.Domain.Gaps.Rules;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Tests.Gaps.Rules;

public sealed class InnovationGapRuleTests
{
    [Fact]
    public void Evaluate_SegmentsServedBySeedResearchCentres_AreNotFlagged()
    {
        var graph = new DairyGraph().WithSeedResearchCentres()
            .Place("乳品加工", EntityKind.Enterprise, "内蒙古伊利实业集团股份有限公司", DairyGraph.Hohhot, role: "链主")
            .Place("奶牛繁育", EntityKind.Enterprise, "内蒙古赛科星繁育生物技术（集团）股份有限公司", DairyGraph.Hohhot);

        var findings = new InnovationGapRule().Evaluate(graph.Context("内蒙古")).ToList();

        Assert.Empty(findings);
    }

    [Fact]
    public void Evaluate_EnterprisesWithoutResearch_FlaggedWithChineseExplanationNamingSegmentAndCount()
    {
        var graph = new DairyGraph().WithSeedResearchCentres()
            .Place("乳品装备与包装", EntityKind.Enterprise, "内蒙古伊利实业集团股份有限公司", DairyGraph.Hohhot)
            .Place("乳品装备与包装", EntityKind.Enterprise, "内蒙古蒙牛乳业（集团）股份有限公司", DairyGraph.Hohhot)
            .Place("乳品装备与包装", EntityKind.Enterprise, "呼和浩特包装有限公司", DairyGraph.Hohhot)
            .Place("乳品装备与包装", EntityKind.Lab, "江苏省乳品包装重点实验室", DairyGraph.Nanjing, mentionCount: 4);

        var finding = Assert.Single(new InnovationGapRule().Evaluate(graph.Context("内蒙古")));

        Assert.Equal(GapKind.InnovationGap, finding.Kind);
        Assert.Equal(GapSeverity.High, finding.Severity);
        Assert.Equal(DairyGraph.Segment("乳品装备与包装"), finding.SegmentId);
        Assert.StartsWith("内蒙古 乳业「乳品装备与包装」环节有 3 家企业", finding.Explanation, StringComparison.Ordinal);
        Assert.EndsWith("但没有实验室、创新平台、高校或科研院所服务该环节。", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("Enterprise:内蒙古蒙牛乳业（集团）股份有限公司", finding.EntityIds);
        Assert.Equal(3, finding.RelationIds.Count);
        Assert.Equal(["InnovationPlatform:国家乳业技术创新中心", "Lab:江苏省乳品包装重点实验室"], finding.Suggestions.Select(s => s.EntityId));
        Assert.All(finding.Suggestions, s => Assert.Equal(SuggestionAction.StrengthenChain, s.Action));
        Assert.Equal(2, finding.Suggestions[1].Rank);
        Assert.StartsWith("强链：江苏的江苏省乳品包装重点实验室（实验室）服务「乳品装备与包装」", finding.Suggestions[1].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_OneEnterpriseNoResearch_IsMediumAndOffersChainLevelPlatform()
    {
        var graph = new DairyGraph().WithSeedResearchCentres()
            .Place("冷链与销售", EntityKind.Enterprise, "内蒙古蒙牛乳业（集团）股份有限公司", DairyGraph.Hohhot);

        var finding = Assert.Single(new InnovationGapRule().Evaluate(graph.Context("内蒙古")));

        Assert.Equal(GapSeverity.Medium, finding.Severity);
        Assert.Contains("「冷链与销售」环节有 1 家企业", finding.Explanation, StringComparison.Ordinal);
        Assert.Equal("InnovationPlatform:国家乳业技术创新中心", finding.Suggestions[0].EntityId);
        Assert.Contains("本地", finding.Suggestions[0].Explanation, StringComparison.Ordinal);
    }
}
