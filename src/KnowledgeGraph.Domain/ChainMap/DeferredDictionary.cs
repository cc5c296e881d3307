using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace KnowledgeGraph.Domain.ChainMap;

/// <summary>A dictionary built the first time it is read (see <see cref="DeferredList{T}"/>).</summary>
internal sealed class DeferredDictionary<TKey, TValue>(Func<IReadOnlyDictionary<TKey, TValue>> build) : IReadOnlyDictionary<TKey, TValue>
{
    private readonly Lazy<IReadOnlyDictionary<TKey, TValue>> items = new(build, LazyThreadSafetyMode.ExecutionAndPublication);

    public int Count => items.Value.Count;

    public IEnumerable<TKey> Keys => items.Value.Keys;

    public IEnumerable<TValue> Values => items.Value.Values;

    public TValue this[TKey key] => items.Value[key];

    public bool ContainsKey(TKey key) => items.Value.ContainsKey(key);

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => items.Value.TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => items.Value.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
