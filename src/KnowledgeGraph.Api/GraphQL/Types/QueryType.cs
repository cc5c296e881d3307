using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Types.Entities;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class QueryType : ObjectGraphType
{
    public QueryType()
    {
        Name = "Query";

        Field<EntityInterface>("entity")
            .Description("One entity by id ({Type}:{name}, e.g. InnovationPlatform:国家乳业技术创新中心).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Resolve(c => c.Loaders().Entities.Load(c.GetArgument<string>("id")));

        Field<NonNullGraphType<EntityConnectionType>>("entities")
            .Description("Filter, sort and page through entities. All given filters must match.")
            .Argument<ListGraphType<NonNullGraphType<EntityTypeEnum>>>("type", "Only these types.")
            .Argument<StringGraphType>("region", "Adcode or Chinese name; includes sub-regions (内蒙古 includes 巴彦淖尔).")
            .Argument<StringGraphType>("chain", "Chain name or alias: entities placed on the chain or any of its segments.")
            .Argument<StringGraphType>("segment", "Segment: 乳业/奶牛养殖, a segment id, or a bare name together with `chain`.")
            .Argument<StringGraphType>("level", "国家级 / 省级 / 市级.")
            .Argument<StringGraphType>("nameContains", "Substring of the canonical name.")
            .Argument<StringGraphType>("search", "Full-text search over names and aliases.")
            .Argument<EntityOrderEnum>("orderBy", a => a.DefaultValue = new EntityOrder(EntitySort.Name, false))
            .Argument<IntGraphType>("first", a =>
            {
                a.Description = $"Page size, default {EntityQuery.DefaultPageSize}, at most {EntityQuery.MaxPageSize}.";
                a.DefaultValue = EntityQuery.DefaultPageSize;
            })
            .Argument<StringGraphType>("after", "endCursor of the previous page.")
            .ResolveAsync(async c =>
            {
                var catalogue = c.Service<ChainCatalogue>();
                var chain = c.GetArgument<string?>("chain");
                var segment = c.GetArgument<string?>("segment");
                var region = c.GetArgument<string?>("region");
                var order = c.GetArgument<EntityOrder>("orderBy") ?? new EntityOrder(EntitySort.Name, false);
                var query = new EntityQuery
                {
                    Kinds = c.GetArgument<List<EntityKind>?>("type"),
                    RegionPrefix = region is null ? null : Gazetteer.PrefixOf(QueryArguments.Region(c.Gazetteer(), region).Code),
                    Chain = chain is null ? null : QueryArguments.Chain(catalogue, chain).Name,
                    SegmentId = segment is null ? null : QueryArguments.SegmentId(catalogue, segment, chain),
                    Level = c.GetArgument<string?>("level"),
                    NameContains = c.GetArgument<string?>("nameContains"),
                    Text = QueryArguments.SearchText(c.GetArgument<string?>("search")),
                    Sort = order.Sort,
                    Descending = order.Descending,
                    First = QueryArguments.PageSize(c.GetArgument<int?>("first")),
                    After = c.GetArgument<string?>("after"),
                };
                return await c.Service<IGraphStore>().QueryEntitiesAsync(query, c.CancellationToken);
            });

        Field<NonNullGraphType<EntityConnectionType>>("search")
            .Description("Full-text search over entity names and aliases; Chinese substrings match (乳业 finds 国家乳业技术创新中心).")
            .Argument<NonNullGraphType<StringGraphType>>("q")
            .Argument<IntGraphType>("first", a => a.DefaultValue = EntityQuery.DefaultPageSize)
            .Argument<StringGraphType>("after")
            .ResolveAsync(async c => await c.Service<IGraphStore>().QueryEntitiesAsync(
                new EntityQuery
                {
                    Text = QueryArguments.SearchText(c.GetArgument<string>("q")),
                    Sort = EntitySort.MentionCount,
                    Descending = true,
                    First = QueryArguments.PageSize(c.GetArgument<int?>("first")),
                    After = c.GetArgument<string?>("after"),
                },
                c.CancellationToken));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BulletinType>>>>("bulletins")
            .Description("Received bulletins, optionally of one status (FAILED shows the reason in `error`).")
            .Argument<BulletinStatusEnum>("status")
            .ResolveAsync(async c => await c.Service<IGraphStore>().GetBulletinsAsync(c.GetArgument<BulletinStatus?>("status"), c.CancellationToken));

        Field<BulletinType>("bulletin")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<IGraphStore>().GetBulletinAsync(c.GetArgument<string>("id"), c.CancellationToken));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArticleType>>>>("articles")
            .Argument<NonNullGraphType<IdGraphType>>("bulletinId")
            .Resolve(c => c.Loaders().Articles.Load(c.GetArgument<string>("bulletinId")));

        Field<NonNullGraphType<StatsType>>("stats")
            .ResolveAsync(async c => await c.Service<IGraphStore>().GetStatsAsync(c.CancellationToken));

        this.AddChainMapFields();
        this.AddBiFields();

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ChainType>>>>("chains")
            .Description("The chain catalogue.")
            .Resolve(c => c.Service<ChainCatalogue>().Chains);

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdminRegionType>>>>("regions")
            .Description("Gazetteer lookup: regions whose name or adcode matches `q`, or the provinces when `q` is omitted.")
            .Argument<StringGraphType>("q", "Adcode, full or short name.")
            .Resolve(c =>
            {
                var gazetteer = c.Gazetteer();
                var q = c.GetArgument<string?>("q")?.Trim();
                if (string.IsNullOrEmpty(q))
                {
                    return gazetteer.All.Where(r => r.Level == RegionLevel.Province).OrderBy(r => r.Code, StringComparer.Ordinal).ToList();
                }

                return gazetteer.Get(q) is { } byCode ? [byCode] : gazetteer.Find(q);
            });
    }
}
