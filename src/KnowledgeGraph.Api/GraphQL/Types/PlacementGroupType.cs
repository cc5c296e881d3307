using GraphQL.Types;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed record PlacementGroup(EntityKind Type, IReadOnlyList<Placement> Placements);

internal sealed class PlacementGroupType : ObjectGraphType<PlacementGroup>
{
    public PlacementGroupType()
    {
        Name = "PlacementGroup";
        Field<NonNullGraphType<EntityTypeEnum>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Placements.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementType>>>>("placements").Resolve(c => c.Source.Placements);
    }
}
