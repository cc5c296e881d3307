using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>
/// One row of a chain's placing edges (<see cref="SqliteGraphStore.PlacedSql"/>): the segment or chain placed into,
/// the number of the node placed, how, and its 链主 role if any.
/// </summary>
internal readonly record struct PlacedEdge(string Segment, long Entity, RelationKind Via, string? Role);
