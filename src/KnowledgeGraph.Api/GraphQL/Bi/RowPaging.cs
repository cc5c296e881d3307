using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.GraphQL.Bi;

/// <summary>Keyset paging over rows sorted by a unique key: a page starts after the key in the cursor.</summary>
internal static class RowPaging
{
    public static Page<T> Page<T>(IReadOnlyList<T> rows, Func<T, string> key, int first, string? after)
    {
        var sorted = rows.OrderBy(key, StringComparer.Ordinal).ToList();
        var afterKey = RowCursor.Decode(after);
        var start = afterKey is null ? 0 : sorted.FindIndex(r => string.CompareOrdinal(key(r), afterKey) > 0);
        if (start < 0)
        {
            start = sorted.Count;
        }

        var items = sorted.Skip(start).Take(first).ToList();
        var cursors = items.Select(r => RowCursor.Encode(key(r))).ToList();
        return new Page<T>(items, sorted.Count, start + items.Count < sorted.Count, cursors.Count > 0 ? cursors[^1] : after)
        {
            Cursors = cursors,
            HasPreviousPage = start > 0,
        };
    }
}
