namespace KnowledgeGraph.Api.Hosting;

public enum GraphStoreKind
{
    Sqlite,
    Neo4j,
}

/// <summary>Section <c>Graph</c>: which store backs the graph. Store-specific settings live in Graph:Sqlite / Graph:Neo4j.</summary>
internal sealed class GraphOptions
{
    public const string Section = "Graph";

    public GraphStoreKind Store { get; set; } = GraphStoreKind.Sqlite;
}
