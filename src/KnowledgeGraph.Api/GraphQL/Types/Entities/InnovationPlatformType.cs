using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types.Entities;

internal sealed class InnovationPlatformType : EntityObjectType
{
    public InnovationPlatformType()
        : base(EntityKind.InnovationPlatform, "An innovation platform: 技术创新中心, 创新平台, 研究中心, 服务平台 ….")
    {
        Incoming("centres", "Research centres and service platforms that are part of this platform.", RelationKind.PartOf);
        Outgoing("serves", "Chain segments (or whole chains) the platform serves.", RelationKind.Serves, RelationKind.Supports);
        Outgoing("partOf", "The platform this one belongs to.", RelationKind.PartOf);
        Incoming("members", "Member organisations.", RelationKind.MemberOf);
        Incoming("leads", "People and organisations leading the platform.", RelationKind.Leads);
        Outgoing("produced", "Achievements the platform produced.", RelationKind.Produced);
    }
}
