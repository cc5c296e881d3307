using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Bi;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class StatsType : ObjectGraphType<GraphStats>
{
    public StatsType()
    {
        Name = "Stats";
        Description = "Size of the graph.";
        Field<NonNullGraphType<IntGraphType>>("entities").Resolve(c => c.Source.Entities);
        Field<NonNullGraphType<IntGraphType>>("relations").Resolve(c => c.Source.Relations);
        Field<NonNullGraphType<IntGraphType>>("mentions").Resolve(c => c.Source.Mentions);
        Field<NonNullGraphType<IntGraphType>>("bulletins").Resolve(c => c.Source.Bulletins);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TypeCountType>>>>("entitiesByType")
            .Resolve(c => c.Source.EntitiesByKind.OrderBy(p => p.Key).Select(p => new TypeCount(p.Key, p.Value)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationCountType>>>>("relationsByType")
            .Resolve(c => c.Source.RelationsByKind.OrderBy(p => p.Key).Select(p => new RelationCount(p.Key, p.Value)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionCountType>>>>("entitiesByRegion")
            .Description("Entities per region rolled up to provinces (or cities), most first; catalogue and region nodes are not counted.")
            .Argument<RegionLevelEnum>("level", a =>
            {
                a.Description = "PROVINCE (default) or CITY.";
                a.DefaultValue = RegionLevel.Province;
            })
            .ResolveAsync(async c => await c.Service<BiTableService>().EntitiesByRegionAsync(c.GetArgument("level", RegionLevel.Province), c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SegmentCountType>>>>("placementsBySegment")
            .Description("Entities placed on each segment of the chain by type (all regions), upstream → downstream.")
            .Argument<NonNullGraphType<StringGraphType>>("chain", "Chain name or alias.")
            .ResolveAsync(async c => await c.Service<BiTableService>().PlacementsBySegmentAsync(
                QueryArguments.Chain(c.Service<ChainCatalogue>(), c.GetArgument<string>("chain")), c.CancellationToken));
    }
}
