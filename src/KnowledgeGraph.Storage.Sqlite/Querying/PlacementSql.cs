using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>SQL shared by placements, coverage and the chain/segment entity filters. Parameters: $chain, $kinds.</summary>
internal static class PlacementSql
{
    /// <summary>
    /// Rows (id): the chain node itself and every ChainSegment that is PART_OF it. UNION ALL: a segment is not its
    /// chain and has one PART_OF edge to it, and UNION built a temporary B-tree on every read.
    /// </summary>
    public const string ChainTargets = """
        SELECT $chain
        UNION ALL
        SELECT p.from_id FROM relations p JOIN entities s ON s.id = p.from_id AND s.kind = 'ChainSegment'
         WHERE p.to_id = $chain AND p.kind = 'PART_OF'
        """;

    /// <summary>JSON array of the placing relation codes, bound to $kinds.</summary>
    public static string KindsJson { get; } = StoredJson.Array(PlacementKinds.All.Select(k => k.Code()).Order(StringComparer.Ordinal));
}
