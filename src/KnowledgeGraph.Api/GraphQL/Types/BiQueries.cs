using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Bi;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>Flat, paged tables for BI tools (Power BI, Superset …) that load rows without nested traversal.</summary>
internal static class BiQueries
{
    public static void AddBiFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<PlacementRowConnectionType>>("placementRows")
            .Description("Every entity placed on the chain as one flat row per placement, optionally in a region and its sub-regions.")
            .Argument<NonNullGraphType<StringGraphType>>("chain", "Chain name or alias (乳业, 奶业).")
            .Argument<StringGraphType>("region", "Adcode or Chinese name; omit for all regions.")
            .Argument<IntGraphType>("first", a =>
            {
                a.Description = $"Page size, default and at most {EntityQuery.MaxPageSize}.";
                a.DefaultValue = EntityQuery.MaxPageSize;
            })
            .Argument<StringGraphType>("after", "endCursor of the previous page.")
            .ResolveAsync(async c =>
            {
                var chain = QueryArguments.Chain(c.Service<ChainCatalogue>(), c.GetArgument<string>("chain"));
                var region = c.GetArgument<string?>("region") is { } r ? QueryArguments.Region(c.Gazetteer(), r) : null;
                return await c.Service<BiTableService>().PlacementRowsAsync(
                    chain, region, PageSize(c), c.GetArgument<string?>("after"), c.CancellationToken);
            });

        query.Field<NonNullGraphType<RelationRowConnectionType>>("relationRows")
            .Description("Every edge as one flat row with both ends' names, ordered by relation id.")
            .Argument<RelationTypeEnum>("type", "Only edges of this type.")
            .Argument<IntGraphType>("first", a =>
            {
                a.Description = $"Page size, default and at most {EntityQuery.MaxPageSize}.";
                a.DefaultValue = EntityQuery.MaxPageSize;
            })
            .Argument<StringGraphType>("after", "endCursor of the previous page.")
            .ResolveAsync(async c => await c.Service<BiTableService>().RelationRowsAsync(
                c.GetArgument<RelationKind?>("type"), PageSize(c), c.GetArgument<string?>("after"), c.CancellationToken));
    }

    private static int PageSize(IResolveFieldContext c) => QueryArguments.PageSize(c.GetArgument<int?>("first") ?? EntityQuery.MaxPageSize);
}
