using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.ChainMap;
using KnowledgeGraph.Domain.Gaps;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Gaps;

internal sealed class GapFindingType : ObjectGraphType<GapFinding>
{
    public GapFindingType()
    {
        Name = "GapFinding";
        Description = "One gap in a region's chain, with the facts behind it and ranked suggestions.";
        Field<NonNullGraphType<EnumerationGraphType<GapKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("kindLabel").Description("断链, 创新链缺口 …").Resolve(c => c.Source.Kind.Label());
        Field<NonNullGraphType<EnumerationGraphType<GapSeverity>>>("severity").Resolve(c => c.Source.Severity);
        Field<IdGraphType>("segmentId").Description("Null for chain-wide findings.").Resolve(c => c.Source.SegmentId);
        Field<NonNullGraphType<StringGraphType>>("explanation").Description("One sentence in Chinese naming the segment and the facts.").Resolve(c => c.Source.Explanation);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("entityIds").Resolve(c => c.Source.EntityIds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("relationIds").Resolve(c => c.Source.RelationIds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GapSuggestionType>>>>("suggestions").Resolve(c => c.Source.Suggestions);
    }
}

internal sealed class GapSuggestionType : ObjectGraphType<GapSuggestion>
{
    public GapSuggestionType()
    {
        Name = "GapSuggestion";
        Field<NonNullGraphType<EnumerationGraphType<SuggestionAction>>>("action").Resolve(c => c.Source.Action);
        Field<NonNullGraphType<StringGraphType>>("actionLabel").Description("补链 / 强链 / 延链").Resolve(c => c.Source.Action.Label());
        Field<NonNullGraphType<IntGraphType>>("rank").Resolve(c => c.Source.Rank);
        Field<NonNullGraphType<IdGraphType>>("entityId").Resolve(c => c.Source.EntityId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<EnumerationGraphType<EntityKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<StringGraphType>("regionCode").Resolve(c => c.Source.RegionCode);
        Field<NonNullGraphType<FloatGraphType>>("score").Resolve(c => c.Source.Score);
        Field<NonNullGraphType<StringGraphType>>("explanation").Resolve(c => c.Source.Explanation);
    }
}
