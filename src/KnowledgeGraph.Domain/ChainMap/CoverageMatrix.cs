using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Domain.ChainMap;

/// <summary>Region × segment counts of placed entities per kind for one chain, rolled up to one region level.</summary>
public sealed record CoverageMatrix(ChainDef Chain, RegionLevel Level, IReadOnlyList<CoverageRow> Rows)
{
    /// <summary>Segment ids in chain order (upstream → downstream).</summary>
    public IReadOnlyList<string> SegmentIds { get; } = [.. Chain.Ordered.Select(s => s.Id(Chain.Name))];

    /// <summary>The row of a region code at the matrix level (a city code finds its province's row in a province matrix).</summary>
    public CoverageRow? Row(string? regionCode) =>
        Rows.FirstOrDefault(r => r.RegionCode == regionCode) ??
        (regionCode is null ? null : Rows.FirstOrDefault(r => r.RegionCode is { } code && regionCode.StartsWith(Gazetteer.PrefixOf(code), StringComparison.Ordinal)));
}

/// <summary>One region's counts; <see cref="RegionCode"/> is null for entities with no known region.</summary>
public sealed record CoverageRow(string? RegionCode, string RegionName, IReadOnlyList<CoverageCellCounts> Cells)
{
    public int Total => Cells.Sum(c => c.Total);

    public CoverageCellCounts? Cell(string segmentId) => Cells.FirstOrDefault(c => c.SegmentId == segmentId);

    /// <summary>Entities of the given kinds placed on a segment (0 when none).</summary>
    public int Count(string segmentId, IReadOnlySet<EntityKind> kinds) => Cell(segmentId)?.Count(kinds) ?? 0;
}

/// <summary>Counts per kind in one region × segment cell; the segment id is the chain id for chain-level placements.</summary>
public sealed record CoverageCellCounts(string SegmentId, IReadOnlyDictionary<EntityKind, int> Counts)
{
    public int Total => Counts.Values.Sum();

    public int Count(IReadOnlySet<EntityKind> kinds) => Counts.Where(p => kinds.Contains(p.Key)).Sum(p => p.Value);
}
