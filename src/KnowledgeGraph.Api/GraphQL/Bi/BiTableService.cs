using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.GraphQL.Bi;

/// <summary>
/// Aggregates and flat tables for BI tools, composed from existing store port methods so both stores serve them
/// unchanged. Whole-graph tables scan entities page by page (the store's largest page), which is fine at bulletin
/// scale; a store-side aggregate would be the next step if graphs grow to millions of nodes.
/// </summary>
internal sealed class BiTableService(IGraphStore store, ChainMapService chainMaps, Gazetteer gazetteer)
{
    /// <summary>Catalogue and gazetteer nodes are reference data, not facts from bulletins, so counts leave them out.</summary>
    private static readonly EntityKind[] ReferenceKinds = [EntityKind.Region, EntityKind.IndustryChain, EntityKind.ChainSegment];

    public async Task<IReadOnlyList<RegionCount>> EntitiesByRegionAsync(RegionLevel level, CancellationToken cancellationToken)
    {
        var kinds = Enum.GetValues<EntityKind>().Except(ReferenceKinds).ToList();
        var entities = await ScanEntitiesAsync(kinds, cancellationToken);
        return entities
            .GroupBy(e => CoverageService.RollUp(e.RegionCode, level, gazetteer))
            .Select(g => new RegionCount(g.Key is null ? null : gazetteer.Get(g.Key), g.Key, g.Count()))
            .OrderByDescending(r => r.Count)
            .ThenBy(r => r.RegionCode ?? "\uffff", StringComparer.Ordinal)
            .ToList();
    }

    public async Task<IReadOnlyList<SegmentCount>> PlacementsBySegmentAsync(ChainDef chain, CancellationToken cancellationToken)
    {
        var cells = await store.GetCoverageAsync(chain.Name, cancellationToken);
        var segments = chain.Ordered.ToList();
        return cells
            .GroupBy(c => (c.SegmentId, c.Kind))
            .Select(g =>
            {
                var def = segments.FirstOrDefault(s => s.Id(chain.Name) == g.Key.SegmentId);
                return new SegmentCount(g.Key.SegmentId, def?.Name ?? chain.Name, def?.Stage, g.Key.Kind, g.Sum(c => c.Count));
            })
            .OrderBy(s => SegmentOrder(segments, chain.Name, s.SegmentId))
            .ThenBy(s => s.Type)
            .ToList();
    }

    /// <summary>
    /// Rows of the chain map (so a region includes what the map attributes to it, e.g. research centres that are
    /// 内蒙古's only through PART_OF their parent platform), one per placement.
    /// </summary>
    public async Task<Page<PlacementRow>> PlacementRowsAsync(ChainDef chain, Region? region, int first, string? after, CancellationToken cancellationToken)
    {
        var map = await chainMaps.GetAsync(chain.Name, region?.Code, cancellationToken);
        var rows = new List<PlacementRow>();
        if (map is not null)
        {
            rows.AddRange(map.ChainLevel.Select(p => Row(chain, null, p)));
            rows.AddRange(map.Segments.SelectMany(s => s.Placements.Select(p => Row(chain, s.Segment, p))));
        }

        // The relation id is unique per placement and stable across calls, which keyset paging needs.
        return RowPaging.Page(rows.DistinctBy(r => r.RelationId, StringComparer.Ordinal).ToList(), r => r.RelationId, first, after);
    }

    public async Task<Page<RelationRow>> RelationRowsAsync(RelationKind? kind, int first, string? after, CancellationToken cancellationToken)
    {
        var entities = (await ScanEntitiesAsync(null, cancellationToken)).ToDictionary(e => e.Id, StringComparer.Ordinal);
        var kinds = kind is { } k ? new[] { k } : null;
        var relations = new List<Relation>();
        foreach (var chunk in entities.Keys.Chunk(EntityQuery.MaxPageSize))
        {
            relations.AddRange(await store.GetRelationsAsync(chunk, RelationDirection.Outgoing, kinds, cancellationToken));
        }

        var unique = relations.DistinctBy(r => r.Id, StringComparer.Ordinal).ToList();
        var page = RowPaging.Page(unique, r => r.Id, first, after);
        var mentions = await store.GetMentionsAsync(page.Items.Select(r => r.Id).ToList(), cancellationToken);
        var mentionCounts = mentions.GroupBy(m => m.TargetId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var rows = page.Items.Select(r =>
        {
            var from = entities.GetValueOrDefault(r.FromId);
            var to = entities.GetValueOrDefault(r.ToId);
            return new RelationRow(r.Id, r.Kind, r.FromId, from?.Name, from?.Kind, r.ToId, to?.Name, to?.Kind, mentionCounts.GetValueOrDefault(r.Id));
        }).ToList();
        return new Page<RelationRow>(rows, page.TotalCount, page.HasNextPage, page.EndCursor)
        {
            Cursors = page.Cursors,
            HasPreviousPage = page.HasPreviousPage,
        };
    }

    private async Task<List<Entity>> ScanEntitiesAsync(IReadOnlyCollection<EntityKind>? kinds, CancellationToken cancellationToken)
    {
        var all = new List<Entity>();
        string? after = null;
        do
        {
            var page = await store.QueryEntitiesAsync(new EntityQuery { Kinds = kinds, First = EntityQuery.MaxPageSize, After = after }, cancellationToken);
            all.AddRange(page.Items);
            after = page.HasNextPage ? page.EndCursor : null;
        }
        while (after is not null);

        return all;
    }

    private PlacementRow Row(ChainDef chain, ChainSegmentDef? segment, Placement p) => new(
        chain.Name,
        segment?.Name ?? chain.Name,
        p.SegmentId,
        segment?.Stage,
        p.EntityId,
        p.Name,
        p.Kind,
        p.RegionCode,
        p.RegionCode is null ? null : gazetteer.Get(p.RegionCode)?.Name,
        p.Via,
        p.Role,
        p.RelationId);

    private static int SegmentOrder(List<ChainSegmentDef> segments, string chain, string segmentId)
    {
        var index = segments.FindIndex(s => s.Id(chain) == segmentId);
        return index < 0 ? int.MaxValue : index;
    }
}
