using System.Collections;

namespace KnowledgeGraph.Domain.ChainMap;

/// <summary>
/// A list built the first time it is read, once, whichever thread reads first. A region's map holds every other
/// region's placements and every achievement's links, but a chain-map page asks for the local placements only: at 1M
/// entities, sorting the other regions' placements and indexing the links were a fifth of what a computed map
/// allocated, for fields the request did not select.
/// </summary>
internal sealed class DeferredList<T>(Func<IReadOnlyList<T>> build) : IReadOnlyList<T>
{
    private readonly Lazy<IReadOnlyList<T>> items = new(build, LazyThreadSafetyMode.ExecutionAndPublication);

    public int Count => items.Value.Count;

    public T this[int index] => items.Value[index];

    public IEnumerator<T> GetEnumerator() => items.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
