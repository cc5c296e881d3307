using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types.Entities;

internal sealed class FundType : EntityObjectType
{
    public FundType()
        : base(EntityKind.Fund, "A fund (产业基金, 专项资金 …).")
    {
        Outgoing("funds", "What the fund finances.", RelationKind.Funds);
        Outgoing("issuedBy", "Who set up the fund.", RelationKind.IssuedBy);
    }
}
