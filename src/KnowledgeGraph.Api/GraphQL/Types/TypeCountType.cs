using GraphQL.Types;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed record TypeCount(EntityKind Type, int Count);

internal sealed class TypeCountType : ObjectGraphType<TypeCount>
{
    public TypeCountType()
    {
        Name = "TypeCount";
        Field<NonNullGraphType<EntityTypeEnum>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}
