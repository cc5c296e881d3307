using GraphQL.Types;
using ChainMapModel = KnowledgeGraph.Domain.ChainMap.ChainMap;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class ChainMapType : ObjectGraphType<ChainMapModel>
{
    public ChainMapType()
    {
        Name = "ChainMap";
        Description = "A chain's segments upstream → downstream with who is placed on each, for a region and its sub-regions (or everywhere).";
        Field<NonNullGraphType<ChainType>>("chain").Resolve(c => c.Source.Chain);
        Field<AdminRegionType>("region").Description("The region asked for; null means all regions.").Resolve(c => c.Source.Region);
        Field<DateTimeOffsetGraphType>("asOf").Description("Set when only bulletins ingested up to this instant count.").Resolve(c => c.Source.AsOf);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChainMapSegmentType>>>>("segments").Resolve(c => c.Source.Segments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupplyEdgeType>>>>("supplies")
            .Description("SUPPLIES edges between the segments (from the catalogue).")
            .Resolve(c => c.Source.Supplies);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementType>>>>("chainLevel")
            .Description("Local entities tied to the chain as a whole rather than one segment.")
            .Resolve(c => c.Source.ChainLevel);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementType>>>>("chainLevelElsewhere")
            .Description("Entities tied to the chain as a whole in other regions.")
            .Resolve(c => c.Source.ChainLevelElsewhere);
        Field<NonNullGraphType<IntGraphType>>("placementCount").Resolve(c => c.Source.Segments.Sum(s => s.Placements.Count) + c.Source.ChainLevel.Count);
    }
}
