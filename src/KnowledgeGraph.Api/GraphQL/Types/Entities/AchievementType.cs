using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types.Entities;

internal sealed class AchievementType : EntityObjectType
{
    public AchievementType()
        : base(EntityKind.Achievement, "A research achievement (技术, 品种, 专利, 标准 …).")
    {
        Incoming("producedBy", "Who produced the achievement.", RelationKind.Produced);
        Outgoing("transferredTo", "Enterprises the achievement was transferred to.", RelationKind.TransferredTo);
        Outgoing("serves", "Chain segments the achievement serves.", RelationKind.Serves);
    }
}
