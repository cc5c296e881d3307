using System.Text;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>
/// Two-character search terms (乳业, 稀土, 氢能: most Chinese words) are too short for the trigram index, and a
/// <c>LIKE</c> over every name and alias took ~0.5 s at 1M nodes. So each name and alias also goes into
/// <c>entity_grams</c> as its pairs of adjacent characters, one token each, and a two-character term is one token
/// lookup there. Only pairs of characters whose tokens are certain are indexed: CJK ideographs SQLite's unicode61
/// tokenizer knows as letters, and ASCII letters and digits (folded to lower case by the tokenizer, as the trigram
/// index and <c>LIKE</c> fold them). A term with any other character keeps the <c>LIKE</c>.
/// </summary>
internal static class SearchGrams
{
    /// <summary>The SQL function the writer and the upgrade call: <c>kg_bigrams(text)</c> is <see cref="Of"/>.</summary>
    public const string FunctionName = "kg_bigrams";

    /// <summary>Makes <see cref="FunctionName"/> callable on <paramref name="connection"/>.</summary>
    public static void Register(SqliteConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        connection.CreateFunction<string?, string>(FunctionName, text => Of(text ?? string.Empty), isDeterministic: true);
    }

    /// <summary>True when <paramref name="term"/> is looked up in <c>entity_grams</c> rather than scanned for.</summary>
    public static bool IsIndexed(string term) => term.Length == 2 && IsIndexed(term[0]) && IsIndexed(term[1]);

    /// <summary>The indexed pairs of <paramref name="text"/>, separated by spaces (each pair one token).</summary>
    public static string Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var grams = new StringBuilder(text.Length * 3);
        for (var i = 0; i + 1 < text.Length; i++)
        {
            if (IsIndexed(text[i]) && IsIndexed(text[i + 1]))
            {
                grams.Append(text[i]).Append(text[i + 1]).Append(' ');
            }
        }

        return grams.ToString();
    }

    /// <summary>
    /// The CJK Unified Ideographs and Extension A as Unicode 6.1 had them (the version of unicode61's tables; a later
    /// ideograph may be a separator to it), and ASCII letters and digits.
    /// </summary>
    private static bool IsIndexed(char c) => c is >= '\u4E00' and <= '\u9FCC' or >= '\u3400' and <= '\u4DB5' || char.IsAsciiLetterOrDigit(c);
}
