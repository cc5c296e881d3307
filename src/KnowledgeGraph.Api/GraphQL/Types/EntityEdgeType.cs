using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Types.Entities;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed record EntityEdge(string Cursor, Entity Node);

internal sealed class EntityEdgeType : ObjectGraphType<EntityEdge>
{
    public EntityEdgeType()
    {
        Name = "EntityEdge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<EntityInterface>>("node").Resolve(c => c.Source.Node);
    }
}
