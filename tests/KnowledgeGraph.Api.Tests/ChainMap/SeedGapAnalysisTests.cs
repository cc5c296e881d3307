using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Gaps;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.ChainMap;

/// <summary>Gap analysis end to end: seed bulletins through the real worker, extractor and SQLite store.</summary>
[Collection(SeededServerCollection.Name)]
public sealed class SeedGapAnalysisTests(SeededServer server)
{
    private const string Farming = "ChainSegment:乳业/奶牛养殖";
    private const string Processing = "ChainSegment:乳业/乳品加工";
    private const string Distribution = "ChainSegment:乳业/冷链与销售";

    [Fact]
    public async Task AnalyseAsync_SeedResearchCentreSegments_AreNotInnovationGaps()
    {
        using var scope = server.Services.CreateScope();
        var report = await scope.ServiceProvider.GetRequiredService<GapAnalysisService>().AnalyseAsync("乳业", "内蒙古");

        Assert.NotNull(report);
        // The research centres carry no region of their own: they are 内蒙古's through PART_OF 国家乳业技术创新中心.
        var served = report.Map.Segments
            .Where(s => s.InnovationOrganisations.Any(o => o.Name.EndsWith("研究中心", StringComparison.Ordinal)))
            .ToList();
        Assert.Contains(served, s => s.Id == Farming && s.Enterprises.Any());
        var gaps = report.Findings.Where(f => f.Kind == GapKind.InnovationGap).Select(f => f.SegmentId).ToList();
        Assert.DoesNotContain(Farming, gaps);
        Assert.All(served, s => Assert.DoesNotContain(s.Id, gaps));
        Assert.All(gaps, id => Assert.Empty(report.Map.Segment(id!)!.InnovationOrganisations));
    }

    [Fact]
    public async Task AnalyseAsync_SegmentWithEnterpriseAndNoResearch_FlaggedNamingSegmentAndFirm()
    {
        using var scope = server.Services.CreateScope();
        var report = await scope.ServiceProvider.GetRequiredService<GapAnalysisService>().AnalyseAsync("乳业", "内蒙古");

        var finding = Assert.Single(report!.Findings, f => f.Kind == GapKind.InnovationGap && f.SegmentId == Distribution);
        Assert.Equal(
            "内蒙古 乳业「冷链与销售」环节有 1 家企业（内蒙古蒙牛乳业（集团）股份有限公司），但没有实验室、创新平台、高校或科研院所服务该环节。",
            finding.Explanation);
        Assert.Equal([DairyEnterprisesBulletin.Mengniu], finding.EntityIds);
        Assert.Equal([$"{DairyEnterprisesBulletin.Mengniu}|OPERATES_IN|{Distribution}"], finding.RelationIds);
        Assert.NotEmpty(finding.Suggestions);
        Assert.Contains(finding.Suggestions, s => s.EntityId == "InnovationPlatform:国家乳业技术创新中心");
    }

    [Fact]
    public async Task AnalyseAsync_Suggestions_CiteEachNodesStoredMentionCount()
    {
        using var scope = server.Services.CreateScope();
        var report = await scope.ServiceProvider.GetRequiredService<GapAnalysisService>().AnalyseAsync("乳业", "内蒙古");

        // Placements carry no mention counts: the analysis reads them for the placed nodes, and the ranking cites them.
        var suggestions = Assert.Single(report!.Findings, f => f.Kind == GapKind.InnovationGap && f.SegmentId == Distribution).Suggestions;
        var counts = await scope.ServiceProvider.GetRequiredService<IGraphStore>().GetMentionCountsAsync([.. suggestions.Select(s => s.EntityId)]);
        Assert.NotEmpty(suggestions);
        Assert.All(suggestions, s => Assert.Contains($"被提及 {counts[s.EntityId]} 次", s.Explanation, StringComparison.Ordinal));
        Assert.True(counts["InnovationPlatform:国家乳业技术创新中心"] > 1);
    }

    [Fact]
    public async Task AnalyseAsync_LocalLeaderFromRoleProperty_NoLeadingEnterpriseGapOnlyInJiangsu()
    {
        using var scope = server.Services.CreateScope();
        var gaps = scope.ServiceProvider.GetRequiredService<GapAnalysisService>();

        var innerMongolia = await gaps.AnalyseAsync("乳业", "150000");
        var jiangsu = await gaps.AnalyseAsync("乳业", "江苏");

        Assert.DoesNotContain(innerMongolia!.Findings, f => f.Kind == GapKind.NoLeadingEnterprise);
        var missing = Assert.Single(jiangsu!.Findings, f => f.Kind == GapKind.NoLeadingEnterprise);
        Assert.Equal(DairyEnterprisesBulletin.Yili, missing.Suggestions[0].EntityId);
        Assert.Equal("链主", innerMongolia.Map.Segment(Processing)!.Enterprises.Single().Role);
    }

    [Fact]
    public async Task GetAsync_Coverage_InnerMongoliaAndJiangsuRowsAtProvinceLevel()
    {
        using var scope = server.Services.CreateScope();
        var coverage = await scope.ServiceProvider.GetRequiredService<CoverageService>().GetAsync("乳业");

        var innerMongolia = coverage!.Row("150000");
        var jiangsu = coverage.Row("320000");
        Assert.NotNull(innerMongolia);
        Assert.NotNull(jiangsu);
        Assert.Equal(1, jiangsu.Count(Distribution, EntityKinds.Organisations));
        Assert.True(innerMongolia.Count(Farming, EntityKinds.Organisations) >= 1, "优然牧业 (呼和浩特) rolls up to 内蒙古");
        Assert.DoesNotContain(coverage.Rows, r => r.RegionCode is { } code && !code.EndsWith("0000", StringComparison.Ordinal));
    }
}
