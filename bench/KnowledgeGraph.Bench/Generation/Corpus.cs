using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Bench.Generation;

/// <summary>The texts the extraction and ingestion runs read: the real seeds, and generated bulletins of seed size.</summary>
internal static class Corpus
{
    /// <summary>Average length of the real seeds in characters (about 6k characters, 16 KB of UTF-8).</summary>
    public const int SeedSizeChars = 6_100;

    public static IReadOnlyList<(string Name, string Text)> Seeds()
    {
        var dir = new[] { Path.Combine(AppContext.BaseDirectory, "seeds"), Path.Combine(BenchOptions.RepoRoot(), "seeds") }.FirstOrDefault(Directory.Exists);
        return dir is null
            ? []
            : [.. Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f)))];
    }

    public static int SeedChars()
    {
        var seeds = Seeds();
        return seeds.Count == 0 ? SeedSizeChars : (int)seeds.Average(s => s.Text.Length);
    }

    public static IReadOnlyList<(string Name, string Text)> Generated(int count, int chars)
    {
        var generator = new BulletinTextGenerator(ChainCatalogue.Default, Gazetteer.Default);
        return [.. Enumerable.Range(0, count).Select(i => (BulletinTextGenerator.FileName(i), generator.Generate(i, chars)))];
    }
}
