using GraphQL.Types;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed record RelationCount(RelationKind Type, int Count);

internal sealed class RelationCountType : ObjectGraphType<RelationCount>
{
    public RelationCountType()
    {
        Name = "RelationCount";
        Field<NonNullGraphType<RelationTypeEnum>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}
