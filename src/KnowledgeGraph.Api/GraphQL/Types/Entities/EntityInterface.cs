using GraphQL.Types;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types.Entities;

internal sealed class EntityInterface : InterfaceGraphType<Entity>
{
    public EntityInterface()
    {
        Name = "Entity";
        Description = "A node of the knowledge graph. Every concrete type (Lab, Enterprise …) implements it.";

        // Interface fields carry no resolvers: copy the signatures of the common fields the object types resolve.
        foreach (var field in new CommonFields().Fields)
        {
            AddField(new FieldType
            {
                Name = field.Name,
                Description = field.Description,
                Type = field.Type,
                Arguments = field.Arguments,
            });
        }
    }

    private sealed class CommonFields : ObjectGraphType<Entity>
    {
        public CommonFields() => EntityFields.AddCommon(this);
    }
}
