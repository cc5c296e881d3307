using KnowledgeGraph.Domain.Gaps;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Tests.Gaps;

public sealed class SuggestionRankerTests
{
    [Fact]
    public void ForSegment_SixCandidatesElsewhere_BestFiveByScoreThenName()
    {
        var graph = new DairyGraph()
            .Place("乳品加工", EntityKind.Enterprise, "光明乳业股份有限公司", DairyGraph.Nanjing, mentionCount: 2)
            .Place("乳品加工", EntityKind.Enterprise, "南京卫岗乳业有限公司", DairyGraph.Nanjing, mentionCount: 9)
            .Place("乳品加工", EntityKind.Enterprise, "君乐宝乳业集团有限公司", DairyGraph.Nanjing, mentionCount: 5)
            .Place("乳品加工", EntityKind.Enterprise, "三元食品股份有限公司", DairyGraph.Nanjing, mentionCount: 5)
            .Place("乳品加工", EntityKind.Enterprise, "新希望乳业股份有限公司", DairyGraph.Nanjing, mentionCount: 3)
            .Place("乳品加工", EntityKind.Enterprise, "完达山乳业股份有限公司", DairyGraph.Nanjing, mentionCount: 1)
            .Place("乳品加工", EntityKind.Enterprise, "光明乳业股份有限公司", DairyGraph.Nanjing, role: "龙头", mentionCount: 2);
        var context = graph.Context("内蒙古");
        var processing = context.Map.Segments.Single(s => s.Id == DairyGraph.Segment("乳品加工"));

        var ranked = context.Suggestions.ForSegment(processing, new HashSet<EntityKind> { EntityKind.Enterprise }, SuggestionAction.FillChain, "可引进以补齐该环节");

        // 龙头 on either of its placements puts 光明 first; 三元 and 君乐宝 tie on score and go by name; 完达山 is sixth.
        Assert.Equal(
            ["光明乳业股份有限公司", "南京卫岗乳业有限公司", "三元食品股份有限公司", "君乐宝乳业集团有限公司", "新希望乳业股份有限公司"],
            ranked.Select(s => s.Name));
        Assert.Equal([1, 2, 3, 4, 5], ranked.Select(s => s.Rank));
        Assert.Equal([112.0, 19, 15, 15, 13], ranked.Select(s => s.Score));
        Assert.StartsWith("补链：江苏的光明乳业股份有限公司（企业，链主/龙头）服务「乳品加工」", ranked[0].Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Complete_CountsReadAfterEveryRule_SameSuggestionsAsCountsGivenUpFront()
    {
        var graph = ElsewhereEnterprises();
        var upFront = GapAnalysisService.Analyse(graph.Context("内蒙古"));

        var context = graph.Context("内蒙古", mentionCounts: null);
        var deferred = GapAnalysisService.Analyse(context);
        Assert.Throws<InvalidOperationException>(() => deferred.First(f => f.Suggestions.Count > 0).Suggestions[0]);
        context.Suggestions.Complete(graph.MentionCounts);

        Assert.Equal(upFront.Count, deferred.Count);
        Assert.Contains(deferred, f => f.Suggestions.Count > 0);
        foreach (var (expected, actual) in upFront.Zip(deferred))
        {
            Assert.Equal((expected.Kind, expected.SegmentId), (actual.Kind, actual.SegmentId));
            Assert.Equal(
                expected.Suggestions.Select(s => (s.EntityId, s.Rank, s.Score, s.Explanation)),
                actual.Suggestions.Select(s => (s.EntityId, s.Rank, s.Score, s.Explanation)));
        }
    }

    [Fact]
    public void CandidateIds_AfterEveryRule_OnlyNodesSomeFindingRanks()
    {
        var graph = ElsewhereEnterprises()
            .Achievement("乳品加工", "乳酸菌发酵剂国产化技术", "InnovationPlatform:国家乳业技术创新中心");
        var context = graph.Context("内蒙古", mentionCounts: null);

        var findings = GapAnalysisService.Analyse(context);

        var candidates = context.Suggestions.CandidateIds.ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(candidates);
        Assert.Contains("Enterprise:南京卫岗乳业有限公司", candidates);
        Assert.DoesNotContain("Achievement:乳酸菌发酵剂国产化技术", candidates);
        Assert.True(candidates.Count < graph.MentionCounts.Count, $"{candidates.Count} candidates of {graph.MentionCounts.Count} placed nodes");
        context.Suggestions.Complete(graph.MentionCounts);
        Assert.All(findings.SelectMany(f => f.Suggestions), s => Assert.Contains(s.EntityId, candidates));
    }

    /// <summary>The seed's research centres in 呼和浩特 and dairy enterprises in 南京 with different mention counts.</summary>
    private static DairyGraph ElsewhereEnterprises() => new DairyGraph().WithSeedResearchCentres()
        .Place("乳品加工", EntityKind.Enterprise, "南京卫岗乳业有限公司", DairyGraph.Nanjing, mentionCount: 9)
        .Place("乳品加工", EntityKind.Enterprise, "光明乳业股份有限公司", DairyGraph.Nanjing, role: "龙头", mentionCount: 2)
        .Place("冷链与销售", EntityKind.Enterprise, "君乐宝乳业集团有限公司", DairyGraph.Nanjing, mentionCount: 5)
        .Place("奶牛养殖", EntityKind.Enterprise, "内蒙古伊利实业集团股份有限公司", DairyGraph.Hohhot, mentionCount: 40);
}
