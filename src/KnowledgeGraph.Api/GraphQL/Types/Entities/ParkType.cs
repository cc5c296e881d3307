using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types.Entities;

internal sealed class ParkType : EntityObjectType
{
    public ParkType()
        : base(EntityKind.Park, "An industrial or high-tech park.")
    {
        Incoming("tenants", "Entities located in the park.", RelationKind.LocatedIn);
        Outgoing("segments", "Chain segments the park operates in.", RelationKind.OperatesIn, RelationKind.Serves);
    }
}
