using KnowledgeGraph.Bench.Http;
using KnowledgeGraph.Bench.Reporting;

namespace KnowledgeGraph.Bench.Queries;

/// <summary>The four figures every load run reports: p50 (carrying the run's note), p95 against the query's target, p99, req/s.</summary>
internal static class LatencyFigures
{
    public static void Add(ResultSink sink, string scale, string name, BenchQuery query, LoadResult result, string note)
    {
        sink.Add(new Figure(scale, "queries", $"{name} p50", result.P50Ms, "ms") { Note = note });
        sink.Add(new Figure(scale, "queries", $"{name} p95", result.P95Ms, "ms")
        {
            Target = query.P95TargetMs is { } t ? Target.AtMost(t) : null,
        });
        sink.Add(new Figure(scale, "queries", $"{name} p99", result.P99Ms, "ms"));
        sink.Add(new Figure(scale, "queries", $"{name} req/s", result.RequestsPerSecond, "req/s"));
    }
}
