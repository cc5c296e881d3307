using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types.Entities;

internal sealed class IncubatorType : EntityObjectType
{
    public IncubatorType()
        : base(EntityKind.Incubator, "An incubator or maker space.")
    {
        Outgoing("serves", "Chain segments the incubator serves.", RelationKind.Serves, RelationKind.Supports);
        Outgoing("partOf", "The platform the incubator belongs to.", RelationKind.PartOf);
    }
}
