using KnowledgeGraph.Bench.Generation;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Bench.Tests.Generation;

public sealed class BulletinTextGeneratorTests
{
    private static readonly BulletinTextGenerator Generator = new(ChainCatalogue.Default, Gazetteer.Default);

    [Fact]
    public void Generate_SameIndexTwice_GivesTheSameSeedSizedText()
    {
        var first = Generator.Generate(7, Corpus.SeedChars());
        var again = new BulletinTextGenerator(ChainCatalogue.Default, Gazetteer.Default).Generate(7, Corpus.SeedChars());

        Assert.Equal(first, again);
        Assert.NotEqual(first, Generator.Generate(8, Corpus.SeedChars()));
        Assert.InRange(first.Replace("\n", string.Empty, StringComparison.Ordinal).Length, Corpus.SeedChars() * 0.9, Corpus.SeedChars() * 1.5);
    }

    [Fact]
    public void Generate_Text_NamesPlatformsEnterprisesAndExpertsFromTheCatalogueAndGazetteer()
    {
        var text = string.Concat(Enumerable.Range(0, 5).Select(i => Generator.Generate(i, Corpus.SeedChars()))).Replace("\n", string.Empty, StringComparison.Ordinal);

        Assert.Contains("技术创新中心", text, StringComparison.Ordinal);
        Assert.Contains("有限公司", text, StringComparison.Ordinal);
        Assert.Contains("院士", text, StringComparison.Ordinal);
        Assert.Contains("支持", text, StringComparison.Ordinal);
        Assert.Contains(ChainCatalogue.Default.Chains, c => text.Contains($"{c.Name}产业链", StringComparison.Ordinal));
        Assert.Contains(ChainCatalogue.Default.Chains.SelectMany(c => c.Segments), s => text.Contains(s.Name, StringComparison.Ordinal));
        Assert.Contains(Gazetteer.Default.All.Where(r => r.Level == RegionLevel.City), r => text.Contains(r.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Generate_Layout_WrapsLikePdfTextWithoutPunctuationAtLineStart()
    {
        var lines = Generator.Generate(3, Corpus.SeedChars()).Split('\n').Where(l => l.Length > 0).ToList();

        Assert.All(lines, l => Assert.InRange(l.Length, 1, 40));
        Assert.DoesNotContain(lines, l => "，。；、".Contains(l[0], StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith(' ') && !l.StartsWith("  ", StringComparison.Ordinal));
    }
}
