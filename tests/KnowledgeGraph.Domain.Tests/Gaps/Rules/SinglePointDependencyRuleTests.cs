using KnowledgeGraph.Domain.Gaps;
using KnowledgeGraph.Domain.Gaps.Rules;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Tests.Gaps.Rules;

public sealed class SinglePointDependencyRuleTests
{
    [Fact]
    public void Evaluate_SegmentWithOneResearchCentre_LowNamingIt()
    {
        var graph = new DairyGraph().WithSeedResearchCentres();

        var findings = new SinglePointDependencyRule().Evaluate(graph.Context("内蒙古")).ToList();

        var nutrition = Assert.Single(findings, f => f.SegmentId == DairyGraph.Segment("营养与健康"));
        Assert.Equal(GapSeverity.Low, nutrition.Severity);
        Assert.Equal("内蒙古 乳业「营养与健康」环节仅有营养与健康研究中心（创新平台）一家机构服务，存在单点依赖。", nutrition.Explanation);
        Assert.Equal(["InnovationPlatform:营养与健康研究中心"], nutrition.EntityIds);
        Assert.DoesNotContain(findings, f => f.SegmentId == DairyGraph.Segment("质量安全与标准"));
    }

    [Fact]
    public void Evaluate_SegmentWithOneEnterprise_Medium()
    {
        var graph = new DairyGraph()
            .Place("饲草种植", EntityKind.Enterprise, "内蒙古蒙草生态环境（集团）股份有限公司", DairyGraph.Hohhot);

        var finding = Assert.Single(new SinglePointDependencyRule().Evaluate(graph.Context("内蒙古")));

        Assert.Equal(GapSeverity.Medium, finding.Severity);
        Assert.Equal(DairyGraph.Segment("饲草种植"), finding.SegmentId);
    }
}
