using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class ChainMapSegmentType : ObjectGraphType<SegmentView>
{
    public ChainMapSegmentType()
    {
        Name = "ChainMapSegment";
        Description = "One segment of a chain map: the entities placed on it in the region asked (local), in other regions (elsewhere) and of unknown region.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Segment.Name);
        Field<NonNullGraphType<ChainStageEnum>>("stage").Resolve(c => c.Source.Segment.Stage);
        Field<NonNullGraphType<IntGraphType>>("order").Resolve(c => c.Source.Segment.Order);
        Field<NonNullGraphType<IntGraphType>>("count").Description("Local placements on the segment.").Resolve(c => c.Source.Placements.Count);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TypeCountType>>>>("counts")
            .Description("Distinct local entities per type.")
            .Resolve(c => Counts(c.Source.Counts));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TypeCountType>>>>("elsewhereCounts")
            .Description("Distinct entities per type on the same segment in other regions.")
            .Resolve(c => Counts(c.Source.ElsewhereCounts));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementType>>>>("placements")
            .Description("Local placements: in the region asked and its sub-regions (every placement when no region was asked).")
            .Argument<ListGraphType<NonNullGraphType<EntityTypeEnum>>>("type", "Only entities of these types.")
            .Resolve(c =>
            {
                var kinds = c.GetArgument<List<EntityKind>?>("type");
                return kinds is null ? c.Source.Placements : c.Source.Placements.Where(p => kinds.Contains(p.Kind)).ToList();
            });
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementType>>>>("elsewhere")
            .Description("The same segment in other regions of the graph.")
            .Resolve(c => c.Source.Elsewhere);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementType>>>>("unlocated")
            .Description("No region known, and nothing local produced, funded or leads them.")
            .Resolve(c => c.Source.Unlocated);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementGroupType>>>>("groups")
            .Description("Local placements grouped by entity type (labs, platforms, enterprises …).")
            .Resolve(c => c.Source.Placements.GroupBy(p => p.Kind).OrderBy(g => g.Key).Select(g => new PlacementGroup(g.Key, [.. g])).ToList());
        Local("enterprises", "Local enterprises, 链主/龙头 first.", s => s.Enterprises);
        Local("labs", "Local labs serving the segment.", s => s.Of(EntityKind.Lab));
        Local("platforms", "Local innovation platforms serving the segment.", s => s.Of(EntityKind.InnovationPlatform));
        Local("universities", "Local universities serving the segment.", s => s.Of(EntityKind.University));
        Local("institutes", "Local research institutes serving the segment.", s => s.Of(EntityKind.ResearchInstitute));
        Local("achievements", "Achievements applied to the segment.", s => s.Of(EntityKind.Achievement));
        Local("projects", "Projects behind the segment.", s => s.Of(EntityKind.Project));
        Local("funds", "Funds behind the segment.", s => s.Of(EntityKind.Fund));
    }

    private static List<TypeCount> Counts(IReadOnlyDictionary<EntityKind, int> counts) =>
        [.. counts.OrderBy(p => p.Key).Select(p => new TypeCount(p.Key, p.Value))];

    private void Local(string name, string description, Func<SegmentView, IEnumerable<Placement>> select) =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementType>>>>(name)
            .Description(description)
            .Resolve(c => select(c.Source).DistinctBy(p => p.EntityId).ToList());
}
