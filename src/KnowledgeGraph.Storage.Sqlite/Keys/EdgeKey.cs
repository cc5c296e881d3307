using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Storage.Sqlite.Keys;

/// <summary>
/// An edge's id (<see cref="RelationIds.For"/>: <c>from|KIND|to</c>) taken apart again, for the mentions that name an
/// edge by its id: the store keeps the edge under its two ends and kind, and a mention under the edge's number.
/// </summary>
internal readonly record struct EdgeKey(string FromId, string Kind, string ToId)
{
    /// <summary>
    /// The first split whose middle part is a relation kind's code. Node ids are <c>Kind:name</c>, so a name holding
    /// <c>|</c> is the only way to mislead it, and then only with a kind's exact code between two bars.
    /// </summary>
    public static bool TryParse(string id, out EdgeKey key)
    {
        var bar = id.IndexOf('|', StringComparison.Ordinal);
        while (bar >= 0)
        {
            var next = id.IndexOf('|', bar + 1);
            if (next < 0)
            {
                break;
            }

            var code = id[(bar + 1)..next];
            if (RelationKinds.TryParse(code, out _))
            {
                key = new EdgeKey(id[..bar], code, id[(next + 1)..]);
                return true;
            }

            bar = next;
        }

        key = default;
        return false;
    }
}
