using System.Collections.Concurrent;

namespace KnowledgeGraph.Storage.Sqlite.Keys;

/// <summary>
/// Numbers of ids already read (a node's, or an edge's negated), for reads by id without a seek on the id. An id keeps
/// its number for the file's life, whichever process writes it: nodes and edges are never deleted or renumbered, and
/// a number reserved in <c>target_keys</c> goes to the node or edge of that id. So an entry needs no invalidation. Ids
/// without a number are not kept: a later commit may give them one.
/// </summary>
internal sealed class KnownNumbers(int capacity)
{
    /// <summary>
    /// About 4 MB at most: an entry is the caller's id string (~40 characters for a node, ~100 for an edge) and a number.
    /// A chain map with evidence names ~1,400 ids.
    /// </summary>
    public const int DefaultCapacity = 16_384;

    private readonly ConcurrentDictionary<string, long> entries = new(StringComparer.Ordinal);

    /// <summary>Tracked rather than read: ConcurrentDictionary.Count takes every lock.</summary>
    private int count;

    public bool TryGet(string id, out long no) => entries.TryGetValue(id, out no);

    public void Keep(string id, long no)
    {
        // A full cache starts over rather than tracking recency, as SettledSummaries and NodeIds do.
        if (Volatile.Read(ref count) >= capacity)
        {
            entries.Clear();
            Volatile.Write(ref count, 0);
        }

        if (entries.TryAdd(id, no))
        {
            Interlocked.Increment(ref count);
        }
    }
}
