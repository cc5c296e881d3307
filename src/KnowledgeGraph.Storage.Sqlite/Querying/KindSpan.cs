using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>
/// A set of relation kinds as an index range and a membership list: <see cref="Low"/> and <see cref="High"/> are the
/// lowest and highest codes in SQLite's BINARY order, <see cref="List"/> is <c>,CODE,CODE,</c> for <c>instr</c>.
/// Codes are upper-case letters and underscores, so a comma never occurs inside one.
/// </summary>
internal sealed record KindSpan(string Low, string High, string List)
{
    public static KindSpan Of(IEnumerable<RelationKind> kinds)
    {
        var codes = kinds.Select(k => k.Code()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (codes.Count == 0)
        {
            throw new ArgumentException("At least one kind is needed.", nameof(kinds));
        }

        return new KindSpan(codes[0], codes[^1], "," + string.Join(',', codes) + ",");
    }
}
