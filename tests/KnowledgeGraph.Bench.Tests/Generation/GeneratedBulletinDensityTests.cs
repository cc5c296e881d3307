using KnowledgeGraph.Bench.Generation;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction;

namespace KnowledgeGraph.Bench.Tests.Generation;

/// <summary>
/// "Bulletins of seed size" in the ingestion target means the seeds' size and the seeds' content: a generated issue
/// must be as long as a seed and extract about as many mentions, nodes and edges per character, or the bench measures
/// a different workload.
/// </summary>
public sealed class GeneratedBulletinDensityTests
{
    private static readonly RuleBasedExtractor Extractor = new();

    [Fact]
    public void Generated_SeedSizedIssues_AreAsLongAndAsDenseAsTheSeeds()
    {
        var seeds = Corpus.Seeds();
        Assert.NotEmpty(seeds);
        var generated = Corpus.Generated(40, Corpus.SeedChars());

        var (seedDensity, generatedDensity) = (Density(seeds), Density(generated));

        Assert.InRange(generated.Average(g => g.Text.Length), Corpus.SeedChars() * 0.95, Corpus.SeedChars() * 1.1);
        Assert.InRange(generatedDensity.Mentions / seedDensity.Mentions, 0.85, 1.15);
        Assert.InRange(generatedDensity.Entities / seedDensity.Entities, 0.75, 1.25);
        Assert.InRange(generatedDensity.Relations / seedDensity.Relations, 0.75, 1.25);
    }

    [Fact]
    public void GeneratedDense_SeedSizedIssues_NameOrganisationsInNearlyEverySentence()
    {
        var seeds = Density(Corpus.Seeds());
        var dense = Density(Corpus.GeneratedDense(20, Corpus.SeedChars()));

        Assert.True(dense.Mentions > 2 * seeds.Mentions, $"{dense.Mentions:0.0} against the seeds' {seeds.Mentions:0.0} mentions per 1,000 characters");
    }

    /// <summary>Mentions, entities and relations per 1,000 characters.</summary>
    internal static (double Mentions, double Entities, double Relations) Density(IReadOnlyList<(string Name, string Text)> texts)
    {
        var chars = texts.Sum(t => t.Text.Length) / 1000.0;
        var graphs = texts.Select((t, i) => Extractor.Extract($"density-{i}", t.Text)).ToList();
        return (Count(graphs, g => g.Mentions.Count) / chars, Count(graphs, g => g.Entities.Count) / chars, Count(graphs, g => g.Relations.Count) / chars);
    }

    private static double Count(List<BulletinGraph> graphs, Func<BulletinGraph, int> count) => graphs.Sum(count);
}
