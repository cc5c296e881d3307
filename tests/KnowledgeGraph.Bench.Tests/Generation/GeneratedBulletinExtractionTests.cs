using KnowledgeGraph.Bench.Generation;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Bench.Tests.Generation;

public sealed class GeneratedBulletinExtractionTests
{
    [Fact]
    public void Extract_GeneratedBulletin_FindsArticlesOrganisationsExpertsAndChainPlacements()
    {
        var text = new BulletinTextGenerator(ChainCatalogue.Default, Gazetteer.Default).Generate(1, Corpus.SeedChars());

        var graph = new RuleBasedExtractor().Extract("generated-1", text);

        Assert.True(graph.Articles.Count >= 2, $"{graph.Articles.Count} articles");
        var kinds = graph.Entities.Select(e => e.Kind).ToHashSet();
        Assert.Contains(EntityKind.Enterprise, kinds);
        Assert.Contains(EntityKind.Person, kinds);
        Assert.Contains(graph.Entities, e => e.Kind is EntityKind.InnovationPlatform or EntityKind.Lab);
        Assert.Contains(graph.Relations, r => r.ToId.StartsWith($"{EntityKind.ChainSegment}:", StringComparison.Ordinal));
        Assert.All(graph.Entities, e => Assert.Contains(graph.Mentions, m => m.TargetId == e.Id));
    }
}
