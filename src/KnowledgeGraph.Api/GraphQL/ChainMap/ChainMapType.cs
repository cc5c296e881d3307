using GraphQL.Types;
using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Regions;
using ChainMapModel = KnowledgeGraph.Domain.ChainMap.ChainMap;

namespace KnowledgeGraph.Api.GraphQL.ChainMap;

internal sealed class ChainMapType : ObjectGraphType<ChainMapModel>
{
    public ChainMapType()
    {
        Name = "ChainMap";
        Description = "A chain's segments upstream → downstream with who is placed on each, for a region (sub-regions included) or all.";
        Field<NonNullGraphType<ChainMapChainType>>("chain").Resolve(c => c.Source.Chain);
        Field<ChainMapRegionType>("region").Resolve(c => c.Source.Region);
        Field<DateTimeOffsetGraphType>("asOf").Resolve(c => c.Source.AsOf);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChainMapSegmentType>>>>("segments").Resolve(c => c.Source.Segments);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupplyEdgeType>>>>("supplies").Resolve(c => c.Source.Supplies);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementType>>>>("chainLevel")
            .Description("Local entities tied to the chain as a whole.").Resolve(c => c.Source.ChainLevel);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementType>>>>("chainLevelElsewhere").Resolve(c => c.Source.ChainLevelElsewhere);
    }
}

internal sealed class ChainMapChainType : ObjectGraphType<Domain.Catalogue.ChainDef>
{
    public ChainMapChainType()
    {
        Name = "ChainMapChain";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Resolve(c => c.Source.Aliases);
    }
}

internal sealed class ChainMapRegionType : ObjectGraphType<Region>
{
    public ChainMapRegionType()
    {
        Name = "ChainMapRegion";
        Field<NonNullGraphType<StringGraphType>>("code").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("shortName").Resolve(c => c.Source.ShortName);
        Field<NonNullGraphType<EnumerationGraphType<RegionLevel>>>("level").Resolve(c => c.Source.Level);
    }
}
