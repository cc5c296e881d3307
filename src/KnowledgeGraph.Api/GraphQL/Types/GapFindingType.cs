using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.DataLoading;
using KnowledgeGraph.Api.GraphQL.Types.Entities;
using KnowledgeGraph.Domain.Gaps;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class GapFindingType : ObjectGraphType<GapFinding>
{
    public GapFindingType()
    {
        Name = "GapFinding";
        Description = "One gap of a chain in a region, the facts it rests on and ranked suggestions.";
        Field<NonNullGraphType<GapKindEnum>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("kindLabel").Description("断链 / 创新链缺口 / 成果未转化 / 单点依赖 / 缺链主 / 区域短板.").Resolve(c => c.Source.Kind.Label());
        Field<NonNullGraphType<GapSeverityEnum>>("severity").Resolve(c => c.Source.Severity);
        Field<IdGraphType>("segmentId").Description("Null for findings about the whole chain.").Resolve(c => c.Source.SegmentId);
        Field<NonNullGraphType<StringGraphType>>("explanation").Description("One sentence in Chinese naming the segment and the facts.").Resolve(c => c.Source.Explanation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("entityIds").Resolve(c => c.Source.EntityIds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("relationIds")
            .Description("The edges behind the finding; their mentions are the source sentences.")
            .Resolve(c => c.Source.RelationIds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentionType>>>>("mentions")
            .Description("Source sentences of the relations behind the finding.")
            .Resolve(c => c.Loaders().Mentions.LoadMany(c.Source.RelationIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GapSuggestionType>>>>("suggestions").Resolve(c => c.Source.Suggestions);
    }
}

internal sealed class GapSuggestionType : ObjectGraphType<GapSuggestion>
{
    public GapSuggestionType()
    {
        Name = "GapSuggestion";
        Description = "A concrete candidate elsewhere in the graph (补链/强链/延链), ranked; see docs/chain-map.md for the score.";
        Field<NonNullGraphType<SuggestionActionEnum>>("action").Resolve(c => c.Source.Action);
        Field<NonNullGraphType<StringGraphType>>("actionLabel").Description("补链 / 强链 / 延链.").Resolve(c => c.Source.Action.Label());
        Field<NonNullGraphType<IntGraphType>>("rank").Description("1 is the best candidate.").Resolve(c => c.Source.Rank);
        Field<NonNullGraphType<IdGraphType>>("entityId").Resolve(c => c.Source.EntityId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<EntityTypeEnum>>("type").Resolve(c => c.Source.Kind);
        Field<StringGraphType>("regionCode").Resolve(c => c.Source.RegionCode);
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<StringGraphType>>("explanation").Resolve(c => c.Source.Explanation);
        Field<EntityInterface>("entity").Resolve(c => c.Loaders().Entities.Load(c.Source.EntityId));
    }
}

internal sealed class GapKindEnum : EnumerationGraphType<GapKind>
{
    public GapKindEnum()
    {
        Name = "GapKind";
    }
}

internal sealed class GapSeverityEnum : EnumerationGraphType<GapSeverity>
{
    public GapSeverityEnum()
    {
        Name = "GapSeverity";
    }
}

internal sealed class SuggestionActionEnum : EnumerationGraphType<SuggestionAction>
{
    public SuggestionActionEnum()
    {
        Name = "SuggestionAction";
        Description = "FILL_CHAIN 补链, STRENGTHEN_CHAIN 强链, EXTEND_CHAIN 延链.";
    }
}
