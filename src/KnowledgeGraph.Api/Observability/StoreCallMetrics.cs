using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace KnowledgeGraph.Api.Observability;

/// <summary>
/// Store round trips per port method: the <c>kg.store.calls</c> counter (tag <c>method</c>) for dashboards, where an
/// N+1 shows as calls growing with result size, and running totals that the tests and the benchmark read.
/// </summary>
internal sealed class StoreCallMetrics
{
    public const string MeterName = "KnowledgeGraph.Store";

    private readonly Counter<long> calls;
    private readonly ConcurrentDictionary<string, int> totals = new(StringComparer.Ordinal);

    public StoreCallMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        calls = meters.Create(MeterName).CreateCounter<long>("kg.store.calls", "{call}", "Round trips to the graph store, by port method.");
    }

    /// <summary>Totals since start or the last <see cref="Reset"/>, by method name (GetPlacementsAsync …).</summary>
    public IReadOnlyDictionary<string, int> Calls => new SortedDictionary<string, int>(totals, StringComparer.Ordinal);

    public int this[string method] => totals.GetValueOrDefault(method);

    public void Record(string method)
    {
        totals.AddOrUpdate(method, 1, (_, n) => n + 1);
        calls.Add(1, new KeyValuePair<string, object?>("method", method));
    }

    public void Reset() => totals.Clear();
}
