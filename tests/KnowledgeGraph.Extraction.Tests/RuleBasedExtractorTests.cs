using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Extraction.Tests;

public sealed class RuleBasedExtractorTests
{
    private readonly RuleBasedExtractor extractor = new();

    [Fact]
    public void Extract_DairySeed_ResolvesTheAbbreviationToOneNode()
    {
        var graph = extractor.Extract("dairy", Seeds.Read(Seeds.DairyCentre));

        var centre = Assert.Single(graph.Entities, e => e.Name == "国家乳业技术创新中心");
        Assert.Contains("乳创中心", centre.Aliases);
        Assert.DoesNotContain(graph.Entities, e => e.Name == "乳创中心");
        Assert.Equal("150000", centre.RegionCode);
        Assert.Equal("国家级", centre.Level);
    }

    [Fact]
    public void Extract_DairySeed_ReadsThePersonsLeadingTheResearchCentres()
    {
        var graph = extractor.Extract("dairy", Seeds.Read(Seeds.DairyCentre));

        var zhang = Assert.Single(graph.Entities, e => e.Kind == EntityKind.Person && e.Name == "张涌");
        Assert.Equal("院士", zhang.Properties["title"]);
        Assert.Contains(graph.Relations, r => r.FromId == zhang.Id && r.Kind == RelationKind.Leads && r.ToId == "InnovationPlatform:奶牛繁育与养殖技术研究中心");
        Assert.Contains(graph.Relations, r => r.FromId == zhang.Id && r.Kind == RelationKind.AffiliatedWith && r.ToId == "University:西北农林科技大学");
        Assert.Contains(graph.Relations, r => r.FromId == "InnovationPlatform:奶牛繁育与养殖技术研究中心" && r.Kind == RelationKind.PartOf && r.ToId == "InnovationPlatform:国家乳业技术创新中心");
    }

    [Fact]
    public void Extract_InnerMongoliaSeed_KeepsStatusAndCompletesRelativeNames()
    {
        var graph = extractor.Extract("im", Seeds.Read(Seeds.InnerMongolia));

        Assert.Equal("筹建", Assert.Single(graph.Entities, e => e.Name == "国家稀土新材料技术创新中心").Status);
        var agency = Assert.Single(graph.Entities, e => e.Name == "内蒙古自治区科技厅");
        Assert.Contains("自治区科技厅", agency.Aliases);
        var park = Assert.Single(graph.Entities, e => e.Name == "巴彦淖尔国家农业高新技术产业示范区");
        Assert.Contains("巴彦淖尔国家农高区", park.Aliases);
        Assert.Contains(graph.Relations, r => r.FromId == park.Id && r.Kind == RelationKind.LocatedIn && r.ToId == "Region:150800");
        Assert.Contains(graph.Relations, r => r.FromId == agency.Id && r.Kind == RelationKind.Supports && r.ToId == park.Id);
    }

    [Theory]
    [InlineData(Seeds.InnerMongolia)]
    [InlineData(Seeds.DairyCentre)]
    public void Extract_Seeds_EveryEntityAndRelationHasAMentionInsideTheText(string seed)
    {
        var text = Seeds.Read(seed);
        var graph = extractor.Extract(seed, text);

        var targets = graph.Mentions.Select(m => m.TargetId).ToHashSet(StringComparer.Ordinal);
        Assert.All(graph.Entities, e => Assert.Contains(e.Id, targets));
        Assert.All(graph.Relations, r => Assert.Contains(r.Id, targets));
        Assert.All(graph.Mentions, m =>
        {
            Assert.InRange(m.Start, 0, text.Length);
            Assert.InRange(m.End, m.Start, text.Length);
            Assert.Equal(seed, m.BulletinId);
            Assert.Equal(extractor.Version, m.ExtractorVersion);
        });
    }

    [Theory]
    [InlineData(Seeds.InnerMongolia)]
    [InlineData(Seeds.DairyCentre)]
    public void Extract_Seeds_MentionSpansContainTheNameInTheOriginalText(string seed)
    {
        var text = Seeds.Read(seed);
        var graph = extractor.Extract(seed, text);

        var checkedSpans = 0;
        foreach (var entity in graph.Entities.Where(e => e.Kind is not (EntityKind.Region or EntityKind.IndustryChain or EntityKind.ChainSegment)))
        {
            foreach (var mention in graph.Mentions.Where(m => m.TargetId == entity.Id))
            {
                var surface = string.Concat(text[mention.Start..mention.End].Where(c => !char.IsWhiteSpace(c))).Replace("“", "").Replace("”", "");
                if (surface.Contains(entity.Name, StringComparison.Ordinal))
                {
                    checkedSpans++;
                }
                else
                {
                    // Other forms of the name (alias, relative or abbreviated form) are what the text wrote there.
                    Assert.Contains(entity.Aliases.Append(entity.Name), n => surface.Contains(n, StringComparison.Ordinal) || n.Contains(surface[..Math.Min(2, surface.Length)], StringComparison.Ordinal));
                }
            }
        }

        Assert.True(checkedSpans > 30, $"only {checkedSpans} spans matched their entity name");
    }

    [Fact]
    public void Extract_DairySeed_AttachesQuantitiesToTheCentre()
    {
        var graph = extractor.Extract("dairy", Seeds.Read(Seeds.DairyCentre));

        var members = Assert.Single(graph.Facts, f => f.EntityId == "InnovationPlatform:国家乳业技术创新中心" && f.Metric == "成员单位");
        Assert.Equal(102m, members.Value);
        Assert.Equal("家", members.Unit);
        Assert.Contains(graph.Facts, f => f.EntityId == "InnovationPlatform:国家乳业技术创新中心" && f.Value == 98m && f.Unit == "件");
    }

    [Fact]
    public void Extract_SameThingInTwoBulletins_GetsTheSameId()
    {
        var a = extractor.Extract("a", Seeds.Read(Seeds.InnerMongolia));
        var b = extractor.Extract("b", Seeds.Read(Seeds.DairyCentre));

        var shared = a.Entities.Select(e => e.Id).Intersect(b.Entities.Select(e => e.Id)).ToList();
        Assert.Contains("InnovationPlatform:国家乳业技术创新中心", shared);
        Assert.Contains("Region:320100", shared);
    }
}
