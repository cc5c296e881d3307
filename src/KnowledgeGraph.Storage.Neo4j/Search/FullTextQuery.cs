using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Storage.Neo4j.Search;

/// <summary>
/// User text → the two text parameters of query-entities.cypher. Terms are split on whitespace and must all match.
/// A term of two or more characters becomes a quoted Lucene phrase for the CJK bigram index, so Lucene operators in it
/// (AND, *, ~, field:) are plain characters; shorter terms cannot form a bigram and are matched by substring.
/// </summary>
internal sealed record FullTextQuery(string? Lucene, IReadOnlyList<string> ShortTerms)
{
    public static FullTextQuery None { get; } = new(null, []);

    public static FullTextQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return None;
        }

        var terms = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var phrases = terms.Where(t => new StringInfo(t).LengthInTextElements >= 2).Select(Phrase).ToList();
        var shortTerms = terms.Where(t => new StringInfo(t).LengthInTextElements < 2).Distinct(StringComparer.Ordinal).ToList();
        return new FullTextQuery(phrases.Count == 0 ? null : string.Join(" AND ", phrases), shortTerms);
    }

    private static string Phrase(string term)
    {
        var phrase = new StringBuilder(term.Length + 2).Append('"');
        foreach (var c in term)
        {
            if (c is '"' or '\\')
            {
                phrase.Append('\\');
            }

            phrase.Append(c);
        }

        return phrase.Append('"').ToString();
    }
}
