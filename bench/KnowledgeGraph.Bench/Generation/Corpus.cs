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

    /// <summary>Generated issues of seed size and about the seeds' density of organisations and mentions.</summary>
    public static IReadOnlyList<(string Name, string Text)> Generated(int count, int chars) =>
        Generated(0, count, chars);

    /// <summary>Seed-like issues <paramref name="first"/> … first + count − 1: the same texts as <see cref="Generated(int, int)"/> at those indexes.</summary>
    public static IReadOnlyList<(string Name, string Text)> Generated(int first, int count, int chars) =>
        Generate(first, count, chars, BulletinTextGenerator.SeedLikeFillerShare);

    /// <summary>Generated issues of seed size with organisations in nearly every sentence (2.3× the seeds' mentions).</summary>
    public static IReadOnlyList<(string Name, string Text)> GeneratedDense(int count, int chars) =>
        Generate(0, count, chars, BulletinTextGenerator.DenseFillerShare);

    private static IReadOnlyList<(string Name, string Text)> Generate(int first, int count, int chars, double fillerShare)
    {
        var generator = new BulletinTextGenerator(ChainCatalogue.Default, Gazetteer.Default, fillerShare: fillerShare);
        return [.. Enumerable.Range(first, count).Select(i => (BulletinTextGenerator.FileName(i), generator.Generate(i, chars)))];
    }
}
