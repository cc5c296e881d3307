using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Storage.Neo4j.Search;

/// <summary>
/// User text → a Lucene phrase for the CJK full-text index. The whole text is one quoted phrase, so Lucene
/// operators in it (AND, *, ~, field:) are just characters; inside the quotes only '"' and '\' need escaping.
/// </summary>
internal static class FullTextQuery
{
    /// <summary>The phrase, or null when the text is shorter than one CJK bigram and must be matched by substring instead.</summary>
    public static string? Phrase(string text)
    {
        var trimmed = text.Trim();
        if (new StringInfo(trimmed).LengthInTextElements < 2)
        {
            return null;
        }

        var phrase = new StringBuilder(trimmed.Length + 2).Append('"');
        foreach (var c in trimmed)
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
