using KnowledgeGraph.Extraction.Evaluation;
using Xunit.Abstractions;

namespace KnowledgeGraph.Extraction.Tests.Evaluation;

public sealed class GoldEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Extract_Seeds_MeetsTheGoldStandardThresholds()
    {
        var extractor = new RuleBasedExtractor();
        var runs = Directory.GetFiles(Seeds.GoldDirectory, "*.gold.json")
            .Select(GoldStandard.Load)
            .Select(gold => (gold, extractor.Extract(gold.Bulletin, Seeds.Read(gold.Bulletin))))
            .ToList();

        var report = Scorer.Score(runs);
        output.WriteLine(report.ToTable());
        foreach (var miss in report.Misses)
        {
            output.WriteLine(miss);
        }

        Assert.Equal(2, runs.Count);
        Assert.True(report.Entities.F1 >= 0.90, $"entity F1 {report.Entities.F1:0.000} < 0.90");
        foreach (var type in report.EntityTypes.Where(t => t.Gold >= 5))
        {
            Assert.True(type.F1 >= 0.80, $"{type.Category} F1 {type.F1:0.000} < 0.80");
        }

        Assert.True(report.Relations.F1 >= 0.75, $"relation F1 {report.Relations.F1:0.000} < 0.75");
        Assert.True(report.AliasAccuracy >= 0.95, $"alias accuracy {report.AliasAccuracy:0.000} < 0.95");
    }
}
