using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace KnowledgeGraph.Storage.Sqlite.Keys;

/// <summary>
/// Ids and numbers already read (a node's number, or an edge's negated), both ways: reads by id skip the seek on the
/// id, and an edge's far end becomes its id without a seek into the node's row. An id keeps its number for the file's
/// life, whichever process writes it: nodes and edges are never deleted or renumbered, and a number reserved in
/// <c>target_keys</c> goes to the node or edge of that id. So an entry needs no invalidation. Ids without a number
/// are not kept: a later commit may give them one.
/// </summary>
internal sealed class KnownNumbers(int capacity)
{
    /// <summary>
    /// About 5 MB at most: an entry is an id string (~40 characters for a node, ~100 for an edge) and a number, in two
    /// dictionaries. A chain map with evidence names ~1,400 ids.
    /// </summary>
    public const int DefaultCapacity = 16_384;

    private readonly ConcurrentDictionary<string, long> numbers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<long, string> ids = new();

    /// <summary>Tracked rather than read: ConcurrentDictionary.Count takes every lock (others' adds only move when the map starts over).</summary>
    private int count;

    public bool TryGetNumber(string id, out long no) => numbers.TryGetValue(id, out no);

    public bool TryGetId(long no, [MaybeNullWhen(false)] out string id) => ids.TryGetValue(no, out id);

    public void Keep(string id, long no)
    {
        // A full map starts over rather than tracking recency: the chains in use refill it within a few requests.
        if (Volatile.Read(ref count) >= capacity)
        {
            numbers.Clear();
            ids.Clear();
            Volatile.Write(ref count, 0);
        }

        ids[no] = id;
        if (numbers.TryAdd(id, no))
        {
            Interlocked.Increment(ref count);
        }
    }
}
