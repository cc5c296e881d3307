using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction.Graph;
using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Extraction.Rules;

/// <summary>
/// One sentence with its recognised entities (in text order). One scope serves an article: it moves from sentence to
/// sentence over the hit list the recognisers refill, rather than being made anew for each.
/// </summary>
internal sealed class SentenceScope(ArticleContext context, GraphBuilder graph, List<Hit> hits)
{
    public BulletinSentence Sentence { get; private set; } = null!;

    public string Text => Sentence.Text;

    public ArticleContext Context { get; } = context;

    public GraphBuilder Graph { get; } = graph;

    /// <summary>Entities in text order.</summary>
    public List<Hit> Hits { get; } = hits;

    /// <summary>Moves to the next sentence, once <see cref="Hits"/> holds its entities.</summary>
    public SentenceScope MoveTo(BulletinSentence sentence)
    {
        Sentence = sentence;
        return this;
    }

    /// <summary>The key the hit was recorded under: its id, as no rule renames a hit once it is recorded.</summary>
    public string Key(Hit hit) => hit.Id;

    public void Relate(Hit from, RelationKind kind, Hit to, IReadOnlyDictionary<string, string>? properties = null) =>
        Graph.AddRelation(Key(from), kind, Key(to), Context.Article, Sentence, properties);

    public void Relate(Hit from, RelationKind kind, string toKey, IReadOnlyDictionary<string, string>? properties = null) =>
        Graph.AddRelation(Key(from), kind, toKey, Context.Article, Sentence, properties);

    public void Relate(string fromKey, RelationKind kind, Hit to) =>
        Graph.AddRelation(fromKey, kind, Key(to), Context.Article, Sentence);

    /// <summary>The first hit inside [start, end) that <paramref name="match"/> accepts (a static lambda: nothing captured).</summary>
    public Hit? FirstBetween(int start, int end, Func<Hit, SentenceScope, bool> match)
    {
        foreach (var h in Hits)
        {
            if (h.Start >= start && h.End <= end && match(h, this))
            {
                return h;
            }
        }

        return null;
    }

    /// <summary>The hits inside [start, end) that <paramref name="match"/> accepts, in text order, added to <paramref name="into"/>.</summary>
    public List<Hit> AddBetween(int start, int end, Func<Hit, SentenceScope, bool> match, List<Hit> into)
    {
        foreach (var h in Hits)
        {
            if (h.Start >= start && h.End <= end && match(h, this))
            {
                into.Add(h);
            }
        }

        return into;
    }

    public static bool IsPlatformLike(Hit hit) =>
        hit.Kind is EntityKind.Lab or EntityKind.InnovationPlatform or EntityKind.Park or EntityKind.Incubator;

    /// <summary>End of the clause that starts at <paramref name="from"/>: the next ，；。 outside quotes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int ClauseEnd(int from, string stops = "，；。！？")
    {
        var depth = 0;
        for (var i = from; i < Text.Length; i++)
        {
            var c = Text[i];
            depth += c is '“' or '《' or '（' ? 1 : c is '”' or '》' or '）' ? -1 : 0;
            if (depth <= 0 && stops.Contains(c, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return Text.Length;
    }

    /// <summary>Start of the clause containing <paramref name="at"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int ClauseStart(int at, string stops = "，；。！？")
    {
        for (var i = Math.Min(at, Text.Length) - 1; i >= 0; i--)
        {
            if (stops.Contains(Text[i], StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 0;
    }
}
