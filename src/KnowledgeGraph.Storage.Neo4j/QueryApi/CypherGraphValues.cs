namespace KnowledgeGraph.Storage.Neo4j.QueryApi;

/// <summary>A node as the Query API returns it.</summary>
internal sealed record CypherNode(string ElementId, IReadOnlyList<string> Labels, IReadOnlyDictionary<string, object?> Properties);

/// <summary>A relationship as the Query API returns it.</summary>
internal sealed record CypherRelationship(
    string ElementId,
    string StartElementId,
    string EndElementId,
    string Type,
    IReadOnlyDictionary<string, object?> Properties);
