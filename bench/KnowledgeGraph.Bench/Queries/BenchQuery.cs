using System.Text.Json.Nodes;

namespace KnowledgeGraph.Bench.Queries;

/// <summary>
/// One GraphQL request the bench sends. <see cref="MaxRoundTrips"/> is one store call per nesting level that reads
/// the store (plus the fixed reads a root service makes), so a DataLoader miss (N+1) shows as a MISS.
/// p95 targets are the 1M-entity targets, checked at every scale.
/// </summary>
internal sealed record BenchQuery(string Name, string Document, JsonObject Variables, int MaxRoundTrips, string Levels, double? P95TargetMs = null)
{
    public string Body() => new JsonObject { ["query"] = Document, ["variables"] = Variables.DeepClone() }.ToJsonString();
}
