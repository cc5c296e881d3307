using KnowledgeGraph.Storage.Sqlite.Querying;

namespace KnowledgeGraph.Storage.Sqlite.Keys;

/// <summary>
/// Numbers of ids already read (a node's, or an edge's negated), for reads by id without a seek on the id. An id keeps
/// its number for the file's life, whichever process writes it: nodes and edges are never deleted or renumbered, and
/// a number reserved in <c>target_keys</c> goes to the node or edge of that id. So an entry needs no invalidation. Ids
/// without a number are not kept: a later commit may give them one.
/// </summary>
internal sealed class KnownNumbers(int capacity) : StartOverMap<string, long>(capacity, StringComparer.Ordinal)
{
    /// <summary>
    /// About 4 MB at most: an entry is the caller's id string (~40 characters for a node, ~100 for an edge) and a number.
    /// A chain map with evidence names ~1,400 ids.
    /// </summary>
    public const int DefaultCapacity = 16_384;
}
