using System.Collections.Concurrent;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Domain.Caching;

/// <summary>
/// Answers derived from the graph (chain maps, coverage, gap reports) kept under the store's graph version: a write
/// by anyone moves the version, and the next read computes afresh. Concurrent misses of one key share one
/// computation, so a burst of planners opening the same map costs one set of store reads.
/// </summary>
public sealed class GraphAnswerCache(IGraphStore store)
{
    /// <summary>Entries kept before stale ones are dropped; a chain map of a few thousand placements is a few hundred kB.</summary>
    public const int Capacity = 256;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);

    /// <summary>The version to cache under, or null when the policy or the store rules caching out (then compute every time).</summary>
    public async Task<long?> VersionAsync(CachePolicy policy, CancellationToken cancellationToken) =>
        policy == CachePolicy.Use ? await store.GetGraphVersionAsync(cancellationToken).ConfigureAwait(false) : null;

    public async Task<T> GetOrComputeAsync<T>(string key, long? version, Func<CancellationToken, Task<T>> compute, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(compute);
        if (version is not { } at)
        {
            return await compute(cancellationToken).ConfigureAwait(false);
        }

        // The shared computation must not die with the first caller's request; each caller still stops waiting on its own token.
        var candidate = new Entry(at, new Lazy<Task<object?>>(async () => await compute(CancellationToken.None).ConfigureAwait(false)));
        var entry = entries.AddOrUpdate(key, candidate, (_, old) => old.Version >= at && !old.Value.Value.IsFaulted ? old : candidate);
        if (ReferenceEquals(entry, candidate))
        {
            Trim(at);
        }

        try
        {
            return (T)(await entry.Value.Value.WaitAsync(cancellationToken).ConfigureAwait(false))!;
        }
        catch when (entry.Value.Value.IsFaulted)
        {
            entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            throw;
        }
    }

    private void Trim(long current)
    {
        if (entries.Count <= Capacity)
        {
            return;
        }

        foreach (var pair in entries.Where(p => p.Value.Version < current).ToList())
        {
            entries.TryRemove(pair);
        }

        if (entries.Count > Capacity)
        {
            entries.Clear();
        }
    }

    private sealed record Entry(long Version, Lazy<Task<object?>> Value);
}
