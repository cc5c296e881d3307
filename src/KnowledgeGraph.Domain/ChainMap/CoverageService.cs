using System.Runtime.InteropServices;
using KnowledgeGraph.Domain.Caching;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Domain.ChainMap;

/// <summary>Region × segment coverage of a chain, so a planner can set 内蒙古 beside 江苏.</summary>
public sealed class CoverageService(IGraphStore store, ChainCatalogue catalogue, Gazetteer gazetteer, GraphAnswerCache cache)
{
    public const string UnknownRegionName = "地区不明";

    /// <summary>Coverage rolled up to <paramref name="level"/> (provinces by default); null for an unknown chain.</summary>
    public Task<CoverageMatrix?> GetAsync(string chain, RegionLevel level = RegionLevel.Province, CancellationToken cancellationToken = default) =>
        GetAsync(chain, level, CachePolicy.Use, cancellationToken);

    public async Task<CoverageMatrix?> GetAsync(string chain, RegionLevel level, CachePolicy policy, CancellationToken cancellationToken = default)
    {
        var def = catalogue.Find(chain);
        if (def is null)
        {
            return null;
        }

        var version = await cache.VersionAsync(policy, cancellationToken);
        return await GetAsync(def, level, version, cancellationToken);
    }

    /// <summary>The matrix at a graph version already read (null: compute without the cache).</summary>
    internal Task<CoverageMatrix> GetAsync(ChainDef def, RegionLevel level, long? version, CancellationToken cancellationToken) =>
        cache.GetOrComputeAsync(
            $"coverage|{def.Name}|{level}",
            version,
            async ct => Build(def, await store.GetCoverageAsync(def.Name, ct), level, gazetteer),
            cancellationToken);

    /// <summary>
    /// Coverage counted from a map's own placements (a map holds every region's, split into local and elsewhere):
    /// no second read of the same rows, and the same as-of cut and LOCATED_IN fallback as the map it sits beside.
    /// </summary>
    internal CoverageMatrix FromMap(ChainMap map, RegionLevel level) => Build(map.Chain, CellsOf(map), level, gazetteer);

    /// <summary>Distinct entities per (segment, region code, kind) among the map's placements.</summary>
    internal static List<CoverageCell> CellsOf(ChainMap map)
    {
        // One set of (cell, entity) pairs rather than a LINQ grouping per cell with a distinct count inside: a computed
        // gaps request counts every placement of the chain in every region, and the groupings were a tenth of it. Sized
        // up front: at 1M the 500 placements make ~490 cells, and growing both tables one rehash at a time allocated
        // as much again as they hold.
        var lists = map.PlacementLists;
        var total = 0;
        foreach (var list in lists)
        {
            total += list.Count;
        }

        var seen = new HashSet<(string Segment, string? Region, EntityKind Kind, string Entity)>(total);
        var counts = new Dictionary<(string Segment, string? Region, EntityKind Kind), int>(total);
        foreach (var list in lists)
        {
            foreach (var p in list)
            {
                if (seen.Add((p.SegmentId, p.RegionCode, p.Kind, p.EntityId)))
                {
                    ref var count = ref CollectionsMarshal.GetValueRefOrAddDefault(counts, (p.SegmentId, p.RegionCode, p.Kind), out _);
                    count++;
                }
            }
        }

        var cells = new List<CoverageCell>(counts.Count);
        foreach (var ((segment, region, kind), count) in counts)
        {
            cells.Add(new CoverageCell(segment, region, kind, count));
        }

        return cells;
    }

    internal static CoverageMatrix Build(ChainDef def, IEnumerable<CoverageCell> cells, RegionLevel level, Gazetteer gazetteer)
    {
        var order = SegmentOrder(def);
        var rolledUp = new Dictionary<string, string?>(StringComparer.Ordinal);
        // region (rolled up) → segment → kind → count, summed over the raw codes inside the region. Entities without a
        // region are kept under "", which no region code is.
        var byRegion = new Dictionary<string, Dictionary<string, Dictionary<EntityKind, int>>>(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            string? region = null;
            if (cell.RegionCode is { } code && !rolledUp.TryGetValue(code, out region))
            {
                rolledUp[code] = region = RollUp(code, level, gazetteer);
            }

            if (!byRegion.TryGetValue(region ?? string.Empty, out var segments))
            {
                byRegion[region ?? string.Empty] = segments = new Dictionary<string, Dictionary<EntityKind, int>>(StringComparer.Ordinal);
            }

            if (!segments.TryGetValue(cell.SegmentId, out var kinds))
            {
                segments[cell.SegmentId] = kinds = [];
            }

            kinds[cell.Kind] = kinds.GetValueOrDefault(cell.Kind) + cell.Count;
        }

        var rows = new List<CoverageRow>(byRegion.Count);
        foreach (var (key, segments) in byRegion)
        {
            var code = key.Length == 0 ? null : key;
            // Stable, so segments the catalogue does not order keep their first-seen order, as the grouping did.
            List<CoverageCellCounts> cellCounts = [.. segments
                .Select(s => new CoverageCellCounts(s.Key, s.Value))
                .OrderBy(c => order.GetValueOrDefault(c.SegmentId, int.MaxValue))];
            rows.Add(new CoverageRow(code, code is null ? UnknownRegionName : gazetteer.Get(code)?.Name ?? code, cellCounts));
        }

        rows = [.. rows
            .OrderBy(r => r.RegionCode is null ? 1 : 0)
            .ThenByDescending(r => r.Total)
            .ThenBy(r => r.RegionCode, StringComparer.Ordinal)];
        return new CoverageMatrix(def, level, rows);
    }

    /// <summary>
    /// The code of the region at <paramref name="level"/> containing <paramref name="code"/>: 150802 → 150000 at
    /// province level, 150800 at city level. Codes finer than asked stay as they are when the gazetteer knows no parent.
    /// </summary>
    public static string? RollUp(string? code, RegionLevel level, Gazetteer gazetteer)
    {
        if (code is null || code.Length != 6)
        {
            return code;
        }

        var region = gazetteer.Get(code);
        if (region is not null && region.Level <= level)
        {
            return code;
        }

        // Walked here rather than with Ancestors().FirstOrDefault(…): a map's ~250 region codes are rolled up on every
        // computed gap analysis, and the iterator and closure were allocated for each.
        for (var ancestor = region; ancestor?.ParentCode is { } parent;)
        {
            ancestor = gazetteer.Get(parent);
            if (ancestor?.Level == level)
            {
                return ancestor.Code;
            }
        }

        // Adcodes nest by digits, so the containing code is known even when the gazetteer lacks the row.
        return level switch
        {
            RegionLevel.Province => code[..2] + "0000",
            RegionLevel.City => code[..4] + "00",
            _ => code,
        };
    }

    /// <summary>Each segment id's place upstream → downstream (the first, should an id repeat), built once per matrix rather than per cell.</summary>
    private static Dictionary<string, int> SegmentOrder(ChainDef def)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (segment, index) in def.Ordered.Select((s, i) => (s, i)))
        {
            order.TryAdd(segment.Id(def.Name), index);
        }

        return order;
    }
}
