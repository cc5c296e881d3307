using GraphQL.Types;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class EntityTypeEnum : EnumerationGraphType<EntityKind>
{
    public EntityTypeEnum()
    {
        Name = "EntityType";
        Description = "Node label: what kind of thing an entity is.";
    }
}
