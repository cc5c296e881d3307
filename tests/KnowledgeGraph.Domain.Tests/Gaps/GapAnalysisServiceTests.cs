using KnowledgeGraph.Domain.Gaps;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Tests.Gaps;

public sealed class GapAnalysisServiceTests
{
    [Fact]
    public void Analyse_SeedCentresPlusEnterprises_WorstFirstInChainOrder()
    {
        var graph = new DairyGraph().WithSeedResearchCentres()
            .Place("乳品加工", EntityKind.Enterprise, "内蒙古伊利实业集团股份有限公司", DairyGraph.Hohhot)
            .Place("冷链与销售", EntityKind.Enterprise, "内蒙古蒙牛乳业（集团）股份有限公司", DairyGraph.Hohhot)
            .Place("乳品装备与包装", EntityKind.Enterprise, "呼和浩特包装有限公司", DairyGraph.Hohhot);

        var findings = graph.Analyse("内蒙古");

        Assert.Equal(findings.OrderBy(f => f.Severity).Select(f => f.Severity), findings.Select(f => f.Severity));
        Assert.Contains(findings, f => f.Kind == GapKind.InnovationGap && f.SegmentId == DairyGraph.Segment("冷链与销售"));
        Assert.Contains(findings, f => f.Kind == GapKind.InnovationGap && f.SegmentId == DairyGraph.Segment("乳品装备与包装"));
        Assert.DoesNotContain(findings, f => f.Kind == GapKind.InnovationGap && f.SegmentId == DairyGraph.Segment("乳品加工"));
        Assert.Contains(findings, f => f.Kind == GapKind.NoLeadingEnterprise);
        Assert.Contains(findings, f => f.Kind == GapKind.BrokenChain && f.SegmentId == DairyGraph.Segment("奶牛养殖"));
        Assert.All(findings, f => Assert.EndsWith("。", f.Explanation, StringComparison.Ordinal));
    }
}
