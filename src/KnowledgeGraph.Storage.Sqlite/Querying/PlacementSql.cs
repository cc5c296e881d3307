using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Sqlite.Keys;

namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>SQL shared by placements, coverage and the chain/segment entity filters. Parameters: $chain, $kinds.</summary>
internal static class PlacementSql
{
    /// <summary>The chain's number (<c>$chain</c> is its id), as a scalar subquery.</summary>
    public static readonly string ChainNo = TargetSql.NodeNo("$chain");

    /// <summary>
    /// Rows (no): the chain node itself and every ChainSegment that is PART_OF it. UNION ALL: a segment is not its
    /// chain and has one PART_OF edge to it, and UNION built a temporary B-tree on every read.
    /// </summary>
    public static readonly string ChainTargets = $"""
        SELECT {ChainNo}
        UNION ALL
        SELECT p.from_no FROM relations p JOIN entities s ON s.no = p.from_no AND s.kind = 'ChainSegment'
         WHERE p.to_no = {ChainNo} AND p.kind = 'PART_OF'
        """;

    /// <summary>JSON array of the placing relation codes, bound to $kinds.</summary>
    public static string KindsJson { get; } = StoredJson.Array(PlacementKinds.All.Select(k => k.Code()).Order(StringComparer.Ordinal));
}
