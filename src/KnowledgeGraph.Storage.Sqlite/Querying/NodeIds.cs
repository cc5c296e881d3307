using System.Collections.Concurrent;

namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>
/// Ids of node numbers that <see cref="SettledSummaries"/> does not hold (nodes without a region, ids reserved in
/// <c>target_keys</c>), for turning an edge's far end back into its id without a seek into the node's row. A number
/// names one id for the file's life: a node keeps its number, and a reserved number goes to the node of the same id.
/// </summary>
internal sealed class NodeIds(int capacity)
{
    /// <summary>About 1.5 MB at most: an entry is a number and an id of ~40 characters.</summary>
    public const int DefaultCapacity = 8_192;

    private readonly ConcurrentDictionary<long, string> entries = new();

    /// <summary>Tracked rather than read: ConcurrentDictionary.Count takes every lock (others' adds only move when the cache starts over).</summary>
    private int count;

    public bool TryGet(long no, out string? id) => entries.TryGetValue(no, out id);

    public void Keep(long no, string id)
    {
        // A full cache starts over rather than tracking recency, as SettledSummaries does.
        if (Volatile.Read(ref count) >= capacity)
        {
            entries.Clear();
            Volatile.Write(ref count, 0);
        }

        if (entries.TryAdd(no, id))
        {
            Interlocked.Increment(ref count);
        }
    }
}
