using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types.Entities;

internal sealed class ProjectType : EntityObjectType
{
    public ProjectType()
        : base(EntityKind.Project, "A research or construction project.")
    {
        Incoming("ledBy", "Who leads the project.", RelationKind.Leads);
        Incoming("supportedBy", "Agencies and funds supporting the project.", RelationKind.Supports, RelationKind.Funds);
        Outgoing("serves", "Chain segments the project serves.", RelationKind.Serves);
    }
}
