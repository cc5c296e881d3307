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
internal sealed class BiTableService(IGraphStore store, Gazetteer gazetteer)
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

    public async Task<Page<PlacementRow>> PlacementRowsAsync(ChainDef chain, Region? region, int first, string? after, CancellationToken cancellationToken)
    {
        var prefix = region is null ? null : Gazetteer.PrefixOf(region.Code);
        var placements = await store.GetPlacementsAsync(chain.Name, prefix, cancellationToken);
        var segments = chain.Ordered.ToDictionary(s => s.Id(chain.Name), StringComparer.Ordinal);
        var rows = placements.Select(p =>
        {
            var segment = segments.GetValueOrDefault(p.SegmentId);
            return new PlacementRow(
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
        }).ToList();

        // The relation id is unique per placement and stable across calls, which keyset paging needs.
        return RowPaging.Page(rows, r => r.RelationId, first, after);
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

    private static int SegmentOrder(List<ChainSegmentDef> segments, string chain, string segmentId)
    {
        var index = segments.FindIndex(s => s.Id(chain) == segmentId);
        return index < 0 ? int.MaxValue : index;
    }
}
