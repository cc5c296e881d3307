using System.Text;
using System.Text.RegularExpressions;

namespace KnowledgeGraph.Storage.Neo4j.Search;

/// <summary>
/// User text → the text parameters of query-entities.cypher. Terms are split on whitespace; each must be a substring of
/// the name or an alias (<see cref="Terms"/>, checked exactly in Cypher). Terms of two or more Chinese characters also
/// go to the CJK bigram full-text index as quoted Lucene phrases (<see cref="Lucene"/>), which finds every name holding
/// them; other terms would lose characters in the analyzer (punctuation, partial Latin words) and are matched by
/// substring only. Quoting makes Lucene operators in user text (AND, *, ~, field:) plain characters.
/// </summary>
internal sealed partial record FullTextQuery(string? Lucene, IReadOnlyList<string> Terms)
{
    public static FullTextQuery None { get; } = new(null, []);

    public static FullTextQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return None;
        }

        var terms = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var phrases = terms.Where(t => ChineseWord().IsMatch(t)).Select(Phrase).ToList();
        return new FullTextQuery(phrases.Count == 0 ? null : string.Join(" AND ", phrases), terms);
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

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}\p{IsCJKUnifiedIdeographsExtensionA}]{2,}$")]
    private static partial Regex ChineseWord();
}
