using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types.Entities;

internal sealed class PolicyType : EntityObjectType
{
    public PolicyType()
        : base(EntityKind.Policy, "A policy document or programme (科技兴蒙 …).")
    {
        Outgoing("issuedBy", "The issuing agency.", RelationKind.IssuedBy);
        Outgoing("supports", "What the policy supports.", RelationKind.Supports, RelationKind.Funds);
    }
}
