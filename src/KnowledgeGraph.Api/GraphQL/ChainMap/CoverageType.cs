using GraphQL.Types;
using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Api.GraphQL.ChainMap;

internal sealed class CoverageType : ObjectGraphType<CoverageMatrix>
{
    public CoverageType()
    {
        Name = "Coverage";
        Description = "Region × segment counts of placed entities for one chain, rolled up to one region level.";
        Field<NonNullGraphType<ChainMapChainType>>("chain").Resolve(c => c.Source.Chain);
        Field<NonNullGraphType<EnumerationGraphType<RegionLevel>>>("level").Resolve(c => c.Source.Level);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageSegmentType>>>>("segments")
            .Description("Column order: upstream → downstream.").Resolve(c => c.Source.Chain.Ordered.Select(s => (c.Source.Chain, s)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CoverageRowType>>>>("rows").Resolve(c => c.Source.Rows);
    }
}

internal sealed class CoverageSegmentType : ObjectGraphType<(Domain.Catalogue.ChainDef Chain, Domain.Catalogue.ChainSegmentDef Segment)>
{
    public CoverageSegmentType()
    {
        Name = "CoverageSegment";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Segment.Id(c.Source.Chain.Name));
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Segment.Name);
        Field<NonNullGraphType<EnumerationGraphType<Domain.Catalogue.ChainStage>>>("stage").Resolve(c => c.Source.Segment.Stage);
    }
}

internal sealed class CoverageRowType : ObjectGraphType<CoverageRow>
{
    public CoverageRowType()
    {
        Name = "CoverageRow";
        Field<StringGraphType>("regionCode").Description("Null for entities with no known region.").Resolve(c => c.Source.RegionCode);
        Field<NonNullGraphType<StringGraphType>>("regionName").Resolve(c => c.Source.RegionName);
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
        Field<NonNullGraphType<IntGraphType>>("organisations").Description("Enterprises, labs, platforms, universities and institutes.")
            .Resolve(c => c.Source.Count(EntityKinds.Organisations));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KindCountType>>>>("counts").Resolve(c => KindCount.Of(c.Source.Counts));
    }
}
