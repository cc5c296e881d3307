using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Bi;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class SegmentCountType : ObjectGraphType<SegmentCount>
{
    public SegmentCountType()
    {
        Name = "SegmentCount";
        Description = "Entities of one type placed on one segment of a chain (all regions).";
        Field<NonNullGraphType<IdGraphType>>("segmentId").Description("Segment id, or the chain id for chain-level placements.").Resolve(c => c.Source.SegmentId);
        Field<NonNullGraphType<StringGraphType>>("segment").Description("Segment name, or the chain name for chain-level placements.").Resolve(c => c.Source.SegmentName);
        Field<ChainStageEnum>("stage").Description("Null for chain-level placements.").Resolve(c => c.Source.Stage);
        Field<NonNullGraphType<EntityTypeEnum>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}
