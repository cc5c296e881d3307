using GraphQL.Types;
using KnowledgeGraph.Domain.ChainMap;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class CoverageType : ObjectGraphType<CoverageMatrix>
{
    public CoverageType()
    {
        Name = "Coverage";
        Description = "Region × segment counts of the entities placed on a chain, rolled up to one region level (provinces by default).";
        Field<NonNullGraphType<ChainType>>("chain").Resolve(c => c.Source.Chain);
        Field<NonNullGraphType<RegionLevelEnum>>("level").Resolve(c => c.Source.Level);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogueSegmentType>>>>("segments")
            .Description("Columns, upstream → downstream.")
            .Resolve(c => c.Source.Chain.Ordered.Select(s => new CatalogueSegment(c.Source.Chain.Name, s)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageRowType>>>>("rows")
            .Description("One row per region, most entities first; the row with a null regionCode holds entities without a region.")
            .Resolve(c => c.Source.Rows);
    }
}

internal sealed class CoverageRowType : ObjectGraphType<CoverageRow>
{
    public CoverageRowType()
    {
        Name = "CoverageRow";
        Field<StringGraphType>("regionCode").Resolve(c => c.Source.RegionCode);
        Field<NonNullGraphType<StringGraphType>>("regionName").Resolve(c => c.Source.RegionName);
        Field<AdminRegionType>("region").Resolve(c => c.Source.RegionCode is { } code ? c.Gazetteer().Get(code) : null);
        Field<NonNullGraphType<IntGraphType>>("total").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageCellType>>>>("cells").Resolve(c => c.Source.Cells);
    }
}

internal sealed class CoverageCellType : ObjectGraphType<CoverageCellCounts>
{
    public CoverageCellType()
    {
        Name = "CoverageCell";
        Field<NonNullGraphType<IdGraphType>>("segmentId").Description("Segment id, or the chain id for chain-level placements.").Resolve(c => c.Source.SegmentId);
        Field<NonNullGraphType<IntGraphType>>("total").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<IntGraphType>>("organisations")
            .Description("Enterprises, labs, innovation platforms, universities and research institutes.")
            .Resolve(c => c.Source.Count(EntityKinds.Organisations));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TypeCountType>>>>("counts")
            .Resolve(c => c.Source.Counts.OrderBy(p => p.Key).Select(p => new TypeCount(p.Key, p.Value)).ToList());
    }
}
