using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Bi;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class RelationRowType : ObjectGraphType<RelationRow>
{
    public RelationRowType()
    {
        Name = "RelationRow";
        Description = "One edge with both ends' names and types, flat (scalars only) for BI tools.";
        Field<NonNullGraphType<IdGraphType>>("relationId").Resolve(c => c.Source.RelationId);
        Field<NonNullGraphType<RelationTypeEnum>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IdGraphType>>("fromId").Resolve(c => c.Source.FromId);
        Field<StringGraphType>("fromName").Resolve(c => c.Source.FromName);
        Field<EntityTypeEnum>("fromType").Resolve(c => c.Source.FromType);
        Field<NonNullGraphType<IdGraphType>>("toId").Resolve(c => c.Source.ToId);
        Field<StringGraphType>("toName").Resolve(c => c.Source.ToName);
        Field<EntityTypeEnum>("toType").Resolve(c => c.Source.ToType);
        Field<NonNullGraphType<IntGraphType>>("mentionCount").Description("Sentences that state the edge.").Resolve(c => c.Source.MentionCount);
    }
}
