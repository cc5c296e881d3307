using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types.Entities;

internal sealed class IndustryChainType : EntityObjectType
{
    public IndustryChainType()
        : base(EntityKind.IndustryChain, "An industry chain from the catalogue (乳业 …).")
    {
        Incoming("segments", "The chain's segments.", RelationKind.PartOf);
        Incoming("placed", "Entities tied to the chain as a whole.", RelationKind.Serves, RelationKind.OperatesIn, RelationKind.Supports, RelationKind.Funds);
    }
}
