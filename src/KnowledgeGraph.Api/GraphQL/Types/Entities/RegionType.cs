using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types.Entities;

internal sealed class RegionType : EntityObjectType
{
    public RegionType()
        : base(EntityKind.Region, "An administrative region (省/市/县) as a graph node.")
    {
        Incoming("locatedHere", "Entities located in this region.", RelationKind.LocatedIn);
        Outgoing("partOf", "The enclosing region.", RelationKind.PartOf);
    }
}
