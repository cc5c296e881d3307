using GraphQL.DataLoader;

namespace KnowledgeGraph.Api.GraphQL.DataLoading;

internal static class BatchLoaderExtensions
{
    /// <summary>
    /// The lists of several keys concatenated: every key joins the open batch before any is awaited, so a gap
    /// finding's relations cost the same one store call as a single relation.
    /// </summary>
    public static IDataLoaderResult<IReadOnlyList<T>> LoadMany<T>(this BatchLoader<string, IReadOnlyList<T>> loader, IEnumerable<string> keys) =>
        new Concatenated<T>([.. keys.Distinct(StringComparer.Ordinal).Select(loader.Load)]);

    private sealed class Concatenated<T>(IReadOnlyList<IDataLoaderResult<IReadOnlyList<T>>> parts) : IDataLoaderResult<IReadOnlyList<T>>
    {
        public async Task<IReadOnlyList<T>> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var all = new List<T>();
            foreach (var part in parts)
            {
                all.AddRange(await part.GetResultAsync(cancellationToken));
            }

            return all;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
