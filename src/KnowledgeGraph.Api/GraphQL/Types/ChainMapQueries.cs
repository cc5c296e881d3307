using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.DataLoading;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Gaps;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>The planner's root fields: chainMap, gaps, coverage, and mentions by target for the map's detail panel.</summary>
internal static class ChainMapQueries
{
    public static void AddChainMapFields(this ObjectGraphType query)
    {
        query.Field<ChainMapType>("chainMap")
            .Description("Segments of a chain upstream → downstream with the entities placed on each, for a region and its sub-regions.")
            .Argument<NonNullGraphType<StringGraphType>>("chain", "Chain name or alias (乳业, 奶业).")
            .Argument<StringGraphType>("region", "Adcode or Chinese name; omit for all regions.")
            .Argument<DateTimeOffsetGraphType>("asOf", "Only facts from bulletins ingested up to this instant.")
            .ResolveAsync(async c =>
            {
                var (chain, region) = Arguments(c);
                return await c.Service<ChainMapService>().GetAsync(chain.Name, region, c.GetArgument<DateTimeOffset?>("asOf"), c.CachePolicy(), c.CancellationToken);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<GapFindingType>>>>("gaps")
            .Description("Gap analysis of the chain in the region (断链, 创新链缺口, 成果未转化, 单点依赖, 缺链主, 区域短板), worst first.")
            .Argument<NonNullGraphType<StringGraphType>>("chain", "Chain name or alias.")
            .Argument<StringGraphType>("region", "Adcode or Chinese name; omit to analyse the whole graph.")
            .Argument<DateTimeOffsetGraphType>("asOf", "Only facts from bulletins ingested up to this instant.")
            .ResolveAsync(async c =>
            {
                var (chain, region) = Arguments(c);
                var report = await c.Service<GapAnalysisService>().AnalyseAsync(chain.Name, region, c.GetArgument<DateTimeOffset?>("asOf"), c.CachePolicy(), c.CancellationToken);
                return report?.Findings ?? [];
            });

        query.Field<CoverageType>("coverage")
            .Description("Region × segment counts of the chain, rolled up to provinces by default, to compare regions.")
            .Argument<NonNullGraphType<StringGraphType>>("chain", "Chain name or alias.")
            .Argument<RegionLevelEnum>("level", a =>
            {
                a.Description = "PROVINCE (default) or CITY.";
                a.DefaultValue = RegionLevel.Province;
            })
            .ResolveAsync(async c => await c.Service<CoverageService>().GetAsync(
                QueryArguments.Chain(c.Service<ChainCatalogue>(), c.GetArgument<string>("chain")).Name,
                c.GetArgument("level", RegionLevel.Province),
                c.CachePolicy(),
                c.CancellationToken));

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentionType>>>>("mentions")
            .Description("Mentions of entities or relations by id (a placement's relationId, a finding's relationIds).")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("targetIds")
            .Resolve(c => c.Loaders().Mentions.LoadMany(c.GetArgument<List<string>>("targetIds")));
    }

    private static (ChainDef Chain, string? Region) Arguments(IResolveFieldContext c)
    {
        var chain = QueryArguments.Chain(c.Service<ChainCatalogue>(), c.GetArgument<string>("chain"));
        var region = c.GetArgument<string?>("region");
        if (region is not null)
        {
            _ = QueryArguments.Region(c.Gazetteer(), region);
        }

        return (chain, region);
    }
}
