using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KnowledgeGraph.Api.Observability;

/// <summary>
/// The ingestion meter and activity source. Counts bulletins by outcome, times them, and counts store retries, so
/// an operator sees a stuck or failing inbox on a dashboard before a user notices missing data.
/// </summary>
internal sealed class IngestionTelemetry : IDisposable
{
    public const string Name = "KnowledgeGraph.Ingestion";

    public static readonly ActivitySource ActivitySource = new(Name);

    private readonly Meter meter;
    private readonly Counter<long> bulletins;
    private readonly Histogram<double> duration;
    private readonly Counter<long> storeRetries;

    /// <summary>Outside a host (benchmarks): a meter of its own.</summary>
    public IngestionTelemetry()
        : this(new Meter(Name))
    {
    }

    public IngestionTelemetry(IMeterFactory meters)
        : this(meters.Create(Name))
    {
    }

    private IngestionTelemetry(Meter meter)
    {
        this.meter = meter;
        bulletins = meter.CreateCounter<long>("kg.ingestion.bulletins", "{bulletin}", "Bulletins processed, by outcome (ingested, failed, duplicate, unchanged).");
        duration = meter.CreateHistogram<double>("kg.ingestion.duration", "s", "Time to decode, extract and commit one bulletin.");
        storeRetries = meter.CreateCounter<long>("kg.ingestion.store_retries", "{retry}", "Store writes retried after a transient failure (locked database, unreachable Neo4j).");
    }

    public void Processed(string outcome, TimeSpan elapsed)
    {
        var tag = new KeyValuePair<string, object?>("outcome", outcome);
        bulletins.Add(1, tag);
        duration.Record(elapsed.TotalSeconds, tag);
    }

    public void StoreRetry(string operation) => storeRetries.Add(1, new KeyValuePair<string, object?>("operation", operation));

    public void Dispose() => meter.Dispose();
}
