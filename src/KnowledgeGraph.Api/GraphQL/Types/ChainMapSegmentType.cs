using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class ChainMapSegmentType : ObjectGraphType<SegmentView>
{
    public ChainMapSegmentType()
    {
        Name = "ChainMapSegment";
        Description = "One segment of a chain map with the entities placed on it.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Segment.Name);
        Field<NonNullGraphType<ChainStageEnum>>("stage").Resolve(c => c.Source.Segment.Stage);
        Field<NonNullGraphType<IntGraphType>>("order").Resolve(c => c.Source.Segment.Order);
        Field<NonNullGraphType<IntGraphType>>("count").Description("Placements on the segment.").Resolve(c => c.Source.Placements.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TypeCountType>>>>("counts")
            .Description("Placements per entity type.")
            .Resolve(c => c.Source.Placements.GroupBy(p => p.Kind).OrderBy(g => g.Key).Select(g => new TypeCount(g.Key, g.Count())).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementType>>>>("placements")
            .Argument<ListGraphType<NonNullGraphType<EntityTypeEnum>>>("type", "Only entities of these types.")
            .Resolve(c =>
            {
                var kinds = c.GetArgument<List<EntityKind>?>("type");
                return kinds is null ? c.Source.Placements : c.Source.Placements.Where(p => kinds.Contains(p.Kind)).ToList();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementGroupType>>>>("groups")
            .Description("Placements grouped by entity type (labs, platforms, enterprises …).")
            .Resolve(c => c.Source.Placements.GroupBy(p => p.Kind).OrderBy(g => g.Key).Select(g => new PlacementGroup(g.Key, [.. g])).ToList());
    }
}
