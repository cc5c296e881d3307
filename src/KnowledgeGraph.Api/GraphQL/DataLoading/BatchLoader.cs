using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.GraphQL.DataLoading;

/// <summary>
/// Per-request batching and caching of store reads. Resolvers call <see cref="Load"/> while GraphQL.NET walks one
/// level of the result tree; the keys collect in the open batch, and the first resolver that needs its value
/// (GraphQL.NET awaits <see cref="IDataLoaderResult"/>s after the level is resolved) fetches all of them in one
/// store call. Later loads of a known key reuse the fetched value. Thread-safe: the parallel execution strategy
/// resolves sibling fields concurrently.
/// </summary>
internal sealed class BatchLoader<TKey, TValue>
    where TKey : notnull
{
    private readonly Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch;
    private readonly TValue missing;
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, Batch> batchOf = [];
    private Batch? open;

    public BatchLoader(Func<IReadOnlyCollection<TKey>, CancellationToken, Task<IReadOnlyDictionary<TKey, TValue>>> fetch, TValue missing)
    {
        this.fetch = fetch;
        this.missing = missing;
    }

    public IDataLoaderResult<TValue> Load(TKey key)
    {
        lock (gate)
        {
            if (!batchOf.TryGetValue(key, out var batch))
            {
                batch = open ??= new Batch(this);
                batch.Keys.Add(key);
                batchOf[key] = batch;
            }

            return new Pending(batch, key, missing);
        }
    }

    private sealed class Batch(BatchLoader<TKey, TValue> owner)
    {
        private Task<IReadOnlyDictionary<TKey, TValue>>? fetching;

        public List<TKey> Keys { get; } = [];

        public Task<IReadOnlyDictionary<TKey, TValue>> FetchAsync(CancellationToken cancellationToken)
        {
            lock (owner.gate)
            {
                if (fetching is null)
                {
                    // Close the batch: keys loaded from now on belong to the next level's batch.
                    if (ReferenceEquals(owner.open, this))
                    {
                        owner.open = null;
                    }

                    fetching = owner.fetch(Keys.ToArray(), cancellationToken);
                }

                return fetching;
            }
        }
    }

    private sealed class Pending(Batch batch, TKey key, TValue missing) : IDataLoaderResult<TValue>
    {
        public async Task<TValue> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var values = await batch.FetchAsync(cancellationToken);
            return values.TryGetValue(key, out var value) ? value : missing;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}

internal static class DataLoaderResults
{
    /// <summary>Transforms a pending value without another store call (filtering an entity's relations by type).</summary>
    public static IDataLoaderResult<TOut> Then<TIn, TOut>(this IDataLoaderResult<TIn> source, Func<TIn, TOut> map) => new Mapped<TIn, TOut>(source, map);

    private sealed class Mapped<TIn, TOut>(IDataLoaderResult<TIn> source, Func<TIn, TOut> map) : IDataLoaderResult<TOut>
    {
        public async Task<TOut> GetResultAsync(CancellationToken cancellationToken = default) => map(await source.GetResultAsync(cancellationToken));

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
