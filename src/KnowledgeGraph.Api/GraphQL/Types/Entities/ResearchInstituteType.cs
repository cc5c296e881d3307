using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types.Entities;

internal sealed class ResearchInstituteType : EntityObjectType
{
    public ResearchInstituteType()
        : base(EntityKind.ResearchInstitute, "A research institute (研究院, 科学院 …).")
    {
        Incoming("affiliates", "People and labs affiliated with the institute.", RelationKind.AffiliatedWith);
        Outgoing("leads", "Platforms, centres and projects the institute leads.", RelationKind.Leads);
        Outgoing("memberOf", "Platforms the institute is a member of.", RelationKind.MemberOf);
        Outgoing("cooperatesWith", "Partners.", RelationKind.CooperatesWith);
    }
}
