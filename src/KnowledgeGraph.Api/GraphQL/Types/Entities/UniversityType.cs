using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types.Entities;

internal sealed class UniversityType : EntityObjectType
{
    public UniversityType()
        : base(EntityKind.University, "A university.")
    {
        Incoming("affiliates", "People and labs affiliated with the university.", RelationKind.AffiliatedWith);
        Outgoing("leads", "Platforms, centres and projects the university leads.", RelationKind.Leads);
        Outgoing("memberOf", "Platforms the university is a member of.", RelationKind.MemberOf);
        Outgoing("cooperatesWith", "Partners.", RelationKind.CooperatesWith);
    }
}
