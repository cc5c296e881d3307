namespace KnowledgeGraph.Storage.Neo4j.QueryApi;

/// <summary>Sent as accessMode so a cluster can serve reads from secondaries.</summary>
internal enum AccessMode
{
    Write,
    Read,
}
