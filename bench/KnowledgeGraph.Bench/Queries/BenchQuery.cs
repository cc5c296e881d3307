using System.Text.Json.Nodes;

namespace KnowledgeGraph.Bench.Queries;

/// <summary>
/// One GraphQL request the bench sends. <see cref="Levels"/> is how many nesting levels read the store, so the
/// round-trip target is at most one store call per level. p95 targets hold at 1M entities (checked at every scale).
/// </summary>
internal sealed record BenchQuery(string Name, string Document, JsonObject Variables, int Levels, double? P95TargetMs = null)
{
    public string Body() => new JsonObject { ["query"] = Document, ["variables"] = Variables.DeepClone() }.ToJsonString();
}
