using System.Runtime.InteropServices;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Sqlite.Reading;

namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>
/// Coverage cells from a chain's placing edges and their nodes, as <c>count(DISTINCT e.id) … GROUP BY r.to_id,
/// e.region_code, e.kind ORDER BY</c> the same would give: a node placed into one segment by two kinds of edge counts
/// once, and an edge whose node is missing counts not at all.
/// </summary>
internal static class CoverageCounts
{
    public static List<CoverageCell> Count(List<PlacedEdge> edges, Entity?[] nodes)
    {
        var seen = new HashSet<(string Segment, long Entity)>(edges.Count);
        var counts = new Dictionary<(string Segment, string? Region, EntityKind Kind), int>(edges.Count);
        for (var i = 0; i < edges.Count; i++)
        {
            if (nodes[i] is { } node && seen.Add((edges[i].Segment, edges[i].Entity)))
            {
                ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, (edges[i].Segment, node.RegionCode, node.Kind), out _);
                count++;
            }
        }

        var cells = new List<CoverageCell>(counts.Count);
        foreach (var ((segment, region, kind), count) in counts)
        {
            cells.Add(new CoverageCell(segment, region, kind, count));
        }

        cells.Sort(static (x, y) =>
        {
            var order = BinaryCollation.Compare(x.SegmentId, y.SegmentId);
            order = order != 0 ? order : BinaryCollation.Compare(x.RegionCode, y.RegionCode);
            return order != 0 ? order : string.CompareOrdinal(x.Kind.ToString(), y.Kind.ToString());
        });
        return cells;
    }
}
