using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types.Entities;

internal sealed class LabType : EntityObjectType
{
    public LabType()
        : base(EntityKind.Lab, "A laboratory (全国重点实验室, 自治区重点实验室 …).")
    {
        Outgoing("serves", "Chain segments (or whole chains) the lab serves.", RelationKind.Serves, RelationKind.Supports);
        Outgoing("partOf", "Platforms or institutions the lab belongs to.", RelationKind.PartOf);
        Outgoing("affiliations", "Universities, institutes or enterprises the lab is attached to.", RelationKind.AffiliatedWith);
        Incoming("leads", "People and organisations leading the lab.", RelationKind.Leads);
    }
}
