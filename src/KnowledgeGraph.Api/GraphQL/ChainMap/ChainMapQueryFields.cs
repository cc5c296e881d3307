using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Gaps;
using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Gaps;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Api.GraphQL.ChainMap;

/// <summary>The planner's root fields: chainMap, gaps and coverage. Services come from the request scope.</summary>
internal static class ChainMapQueryFields
{
    public static void AddChainMapFields(this ObjectGraphType query)
    {
        query.Field<ChainMapType>("chainMap")
            .Description("The chain's segments upstream → downstream with who is placed on each; null for an unknown chain.")
            .Argument<NonNullGraphType<StringGraphType>>("chain", "Chain name or alias (乳业, 奶业 …).")
            .Argument<StringGraphType>("region", "Adcode, full or short name (150000, 内蒙古自治区, 内蒙古); sub-regions included.")
            .Argument<DateTimeOffsetGraphType>("asOf", "Only facts from bulletins ingested up to this instant.")
            .ResolveAsync(async c => await Guard(() => c.RequestServices!.GetRequiredService<ChainMapService>()
                .GetAsync(c.GetArgument<string>("chain"), c.GetArgument<string?>("region"), c.GetArgument<DateTimeOffset?>("asOf"), c.CancellationToken)));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GapFindingType>>>>("gaps")
            .Description("Gap findings for the chain in the region, worst first; empty for an unknown chain.")
            .Argument<NonNullGraphType<StringGraphType>>("chain")
            .Argument<StringGraphType>("region")
            .Argument<DateTimeOffsetGraphType>("asOf")
            .ResolveAsync(async c =>
            {
                var report = await Guard(() => c.RequestServices!.GetRequiredService<GapAnalysisService>()
                    .AnalyseAsync(c.GetArgument<string>("chain"), c.GetArgument<string?>("region"), c.GetArgument<DateTimeOffset?>("asOf"), c.CancellationToken));
                return report?.Findings ?? [];
            });

        query.Field<CoverageType>("coverage")
            .Description("Region × segment counts for the chain, rolled up to provinces by default; null for an unknown chain.")
            .Argument<NonNullGraphType<StringGraphType>>("chain")
            .Argument<EnumerationGraphType<RegionLevel>>("level", "PROVINCE (default) or CITY.")
            .ResolveAsync(async c => await c.RequestServices!.GetRequiredService<CoverageService>()
                .GetAsync(c.GetArgument<string>("chain"), c.GetArgument("level", RegionLevel.Province), c.CancellationToken));
    }

    /// <summary>An unknown region is the caller's mistake: a GraphQL error with the region named, not a server error.</summary>
    private static async Task<T> Guard<T>(Func<Task<T>> resolve)
    {
        try
        {
            return await resolve();
        }
        catch (UnknownRegionException e)
        {
            throw new ExecutionError($"未知地区：{e.Region}") { Code = "UNKNOWN_REGION" };
        }
    }
}
