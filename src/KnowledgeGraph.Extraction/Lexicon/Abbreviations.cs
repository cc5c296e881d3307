using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction.Rules;

namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>Known abbreviations of national bodies (Lexicon/abbreviations.tsv, embedded): 中国检科院 → 中国检验检疫科学研究院.</summary>
internal sealed class Abbreviations
{
    private readonly Dictionary<string, (string Canonical, EntityKind Kind)> entries;
    private readonly WordList words;

    public Abbreviations(IEnumerable<(string Abbreviation, string Canonical, EntityKind Kind)> rows)
    {
        entries = rows.ToDictionary(r => r.Abbreviation, r => (r.Canonical, r.Kind), StringComparer.Ordinal);
        words = new WordList(entries.Keys);
    }

    public static Abbreviations Default { get; } = Load();

    /// <summary>The abbreviations in the text, into <paramref name="hits"/> (cleared first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<Hit> FindAll(string text, List<Hit> hits)
    {
        hits.Clear();
        for (var i = 0; i < text.Length; i++)
        {
            var length = words.MatchStartingAt(text, i);
            if (length == 0)
            {
                continue;
            }

            var surface = text.Substring(i, length);
            var (canonical, kind) = entries[surface];
            hits.Add(new Hit(kind, canonical, i, i + length)
            {
                Alias = canonical == surface ? null : surface,
                Level = canonical.StartsWith("国家", StringComparison.Ordinal) || canonical.StartsWith("中国", StringComparison.Ordinal) ? "国家级" : null,
            });
            i += length - 1;
        }

        return hits;
    }

    private static Abbreviations Load()
    {
        using var stream = typeof(Abbreviations).Assembly.GetManifestResourceStream("abbreviations.tsv")
            ?? throw new InvalidOperationException("abbreviations.tsv is not embedded.");
        using var reader = new StreamReader(stream);
        var rows = new List<(string, string, EntityKind)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#') || line.StartsWith("abbreviation", StringComparison.Ordinal))
            {
                continue;
            }

            var cols = line.Split('\t');
            rows.Add((cols[0], cols[1], Enum.Parse<EntityKind>(cols[2])));
        }

        return new Abbreviations(rows);
    }
}
