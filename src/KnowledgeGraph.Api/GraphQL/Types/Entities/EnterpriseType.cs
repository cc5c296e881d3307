using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types.Entities;

internal sealed class EnterpriseType : EntityObjectType
{
    public EnterpriseType()
        : base(EntityKind.Enterprise, "An enterprise (乳企, 链主企业 …).")
    {
        Outgoing("segments", "Chain segments the enterprise operates in.", RelationKind.OperatesIn);
        Outgoing("memberOf", "Platforms the enterprise is a member of.", RelationKind.MemberOf);
        Outgoing("leads", "Platforms, centres and projects the enterprise leads.", RelationKind.Leads);
        Incoming("acquired", "Achievements transferred to the enterprise.", RelationKind.TransferredTo);
        Outgoing("cooperatesWith", "Partners.", RelationKind.CooperatesWith);
    }
}
