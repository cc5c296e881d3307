using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction.Evaluation;

namespace KnowledgeGraph.Extraction.Tests.Evaluation;

public sealed class ScorerTests
{
    [Fact]
    public void Score_PartialMatch_CountsPrecisionRecallAndAliases()
    {
        var gold = GoldStandard.Parse("""
            {
              "bulletin": "b.txt",
              "entities": [
                { "type": "InnovationPlatform", "name": "国家乳业技术创新中心" },
                { "type": "Region", "name": "内蒙古自治区" }
              ],
              "relations": [ { "from": "国家乳业技术创新中心", "type": "LOCATED_IN", "to": "内蒙古自治区" } ],
              "aliasPairs": [ ["乳创中心", "国家乳业技术创新中心"] ]
            }
            """);
        var centre = new Entity("InnovationPlatform:国家乳业技术创新中心", EntityKind.InnovationPlatform, "国家乳业技术创新中心") { Aliases = ["乳创中心"] };
        var region = new Entity("Region:150000", EntityKind.Region, "内蒙古自治区");
        var wrong = new Entity("Lab:内蒙古实验室", EntityKind.Lab, "内蒙古实验室");
        var graph = new BulletinGraph([], [centre, region, wrong], [new Relation(centre.Id, RelationKind.LocatedIn, region.Id)], [], []);

        var report = Scorer.Score([(gold, graph)]);

        Assert.Equal(2, report.Entities.Correct);
        Assert.Equal(3, report.Entities.Predicted);
        Assert.Equal(1.0, report.Entities.Recall);
        Assert.Equal(1.0, report.Relations.F1);
        Assert.Equal(1.0, report.AliasAccuracy);
        Assert.Contains(report.Misses, m => m.Contains("EXTRA  Lab:内蒙古实验室", StringComparison.Ordinal));
    }
}
