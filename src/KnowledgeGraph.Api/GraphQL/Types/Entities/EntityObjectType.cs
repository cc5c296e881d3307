using GraphQL.Types;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.GraphQL.Types.Entities;

/// <summary>Base of the one-object-type-per-<see cref="EntityKind"/> types; the GraphQL type name is the kind name.</summary>
internal abstract class EntityObjectType : ObjectGraphType<Entity>
{
    protected EntityObjectType(EntityKind kind, string description)
    {
        Name = kind.ToString();
        Description = description;
        Interface<EntityInterface>();
        IsTypeOf = source => source is Entity entity && entity.Kind == kind;
        EntityFields.AddCommon(this);
    }

    protected void Outgoing(string name, string description, params RelationKind[] kinds) =>
        EntityFields.AddNeighbours(this, name, description, RelationDirection.Outgoing, kinds);

    protected void Incoming(string name, string description, params RelationKind[] kinds) =>
        EntityFields.AddNeighbours(this, name, description, RelationDirection.Incoming, kinds);
}
