using System.Collections.Concurrent;

namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>
/// A bounded map of entries that never go stale (numbers and ids that name each other for the file's life). A full map
/// starts over rather than tracking recency: the chains in use refill it within a few requests.
/// </summary>
internal class StartOverMap<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> entries = new(comparer);

    /// <summary>Tracked rather than read: ConcurrentDictionary.Count takes every lock (others' adds only move when the map starts over).</summary>
    private int count;

    public bool TryGet(TKey key, out TValue value) => entries.TryGetValue(key, out value!);

    public void Keep(TKey key, TValue value)
    {
        if (Volatile.Read(ref count) >= capacity)
        {
            entries.Clear();
            Volatile.Write(ref count, 0);
        }

        if (entries.TryAdd(key, value))
        {
            Interlocked.Increment(ref count);
        }
    }
}
