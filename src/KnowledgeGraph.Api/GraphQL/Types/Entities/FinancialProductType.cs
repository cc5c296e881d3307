using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types.Entities;

internal sealed class FinancialProductType : EntityObjectType
{
    public FinancialProductType()
        : base(EntityKind.FinancialProduct, "A financial product (科技贷, 保险 …).")
    {
        Outgoing("issuedBy", "Who offers the product.", RelationKind.IssuedBy);
        Outgoing("supports", "What the product supports.", RelationKind.Supports, RelationKind.Funds);
    }
}
