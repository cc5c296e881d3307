using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types.Entities;

internal sealed class GovernmentAgencyType : EntityObjectType
{
    public GovernmentAgencyType()
        : base(EntityKind.GovernmentAgency, "A government body (科技厅, 工信部 …).")
    {
        Incoming("issued", "Policies this agency issued.", RelationKind.IssuedBy);
        Outgoing("supports", "What the agency supports or funds.", RelationKind.Supports, RelationKind.Funds);
    }
}
