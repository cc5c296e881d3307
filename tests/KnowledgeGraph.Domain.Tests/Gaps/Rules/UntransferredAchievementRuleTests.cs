using KnowledgeGraph.Domain.Gaps;
using KnowledgeGraph.Domain.Gaps.Rules;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Tests.Gaps.Rules;

public sealed class UntransferredAchievementRuleTests
{
    private const string Centre = "InnovationPlatform:奶牛繁育与养殖技术研究中心";

    [Fact]
    public void Evaluate_PlatformProducesForSegmentWithoutEnterprise_HighNamingProducer()
    {
        var graph = new DairyGraph().WithSeedResearchCentres()
            .Achievement("奶牛繁育", "高产奶牛性控胚胎生产技术", Centre)
            .Achievement("奶牛繁育", "奶牛体外胚胎生产技术", Centre);

        var finding = Assert.Single(new UntransferredAchievementRule().Evaluate(graph.Context("内蒙古")));

        Assert.Equal(GapSeverity.High, finding.Severity);
        Assert.Equal(
            "内蒙古 乳业「奶牛繁育」环节有 2 项成果（奶牛体外胚胎生产技术、高产奶牛性控胚胎生产技术）由奶牛繁育与养殖技术研究中心产出，但该环节在内蒙古没有企业承接转化。",
            finding.Explanation);
        Assert.Contains(Centre, finding.EntityIds);
        Assert.Contains($"{Centre}|PRODUCED|Achievement:奶牛体外胚胎生产技术", finding.RelationIds);
    }

    [Fact]
    public void Evaluate_EnterpriseButNoTransfer_MediumSuggestsLocalEnterpriseFirst()
    {
        var graph = new DairyGraph().WithSeedResearchCentres()
            .Place("乳品加工", EntityKind.Enterprise, "内蒙古伊利实业集团股份有限公司", DairyGraph.Hohhot)
            .Place("乳品加工", EntityKind.Enterprise, "南京卫岗乳业有限公司", DairyGraph.Nanjing, mentionCount: 20)
            .Achievement("乳品加工", "常温活菌包埋技术", "InnovationPlatform:乳品工艺技术与装备研究中心");

        var finding = Assert.Single(new UntransferredAchievementRule().Evaluate(graph.Context("内蒙古")));

        Assert.Equal(GapSeverity.Medium, finding.Severity);
        Assert.Contains("常温活菌包埋技术", finding.Explanation, StringComparison.Ordinal);
        Assert.Equal("Enterprise:内蒙古伊利实业集团股份有限公司", finding.Suggestions[0].EntityId);
        Assert.Equal(SuggestionAction.ExtendChain, finding.Suggestions[0].Action);
    }

    [Fact]
    public void Evaluate_AchievementTransferredToEnterprise_NotFlagged()
    {
        var graph = new DairyGraph().WithSeedResearchCentres()
            .Place("乳品加工", EntityKind.Enterprise, "内蒙古伊利实业集团股份有限公司", DairyGraph.Hohhot)
            .Achievement("乳品加工", "牛奶原生DHA技术", "InnovationPlatform:乳品工艺技术与装备研究中心")
            .Transferred("牛奶原生DHA技术", "Enterprise:内蒙古伊利实业集团股份有限公司");

        Assert.Empty(new UntransferredAchievementRule().Evaluate(graph.Context("内蒙古")));
    }
}
