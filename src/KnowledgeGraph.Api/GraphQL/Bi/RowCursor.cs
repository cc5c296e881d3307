using System.Text;
using GraphQL;

namespace KnowledgeGraph.Api.GraphQL.Bi;

/// <summary>Opaque cursors over a row's sort key, so clients cannot depend on what is inside.</summary>
internal static class RowCursor
{
    private const string Prefix = "row:";

    public static string Encode(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + key));

    public static string? Decode(string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith(Prefix, StringComparison.Ordinal) ? text[Prefix.Length..] : throw new FormatException();
        }
        catch (FormatException)
        {
            throw new ExecutionError($"`after` is not a cursor returned by this field: '{cursor}'.");
        }
    }
}
