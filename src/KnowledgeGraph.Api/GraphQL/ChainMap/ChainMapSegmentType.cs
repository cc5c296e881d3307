using GraphQL.Types;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.GraphQL.ChainMap;

/// <summary>One segment of a chain map with who is placed on it, locally and elsewhere.</summary>
internal sealed class ChainMapSegmentType : ObjectGraphType<SegmentView>
{
    public ChainMapSegmentType()
    {
        Name = "ChainMapSegment";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<EnumerationGraphType<ChainStage>>>("stage").Resolve(c => c.Source.Stage);
        Field<NonNullGraphType<IntGraphType>>("order").Resolve(c => c.Source.Segment.Order);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KindCountType>>>>("counts")
            .Description("Distinct local entities per kind.").Resolve(c => KindCount.Of(c.Source.Counts));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<KindCountType>>>>("elsewhereCounts")
            .Description("Distinct entities per kind on the same segment in other regions.").Resolve(c => KindCount.Of(c.Source.ElsewhereCounts));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementType>>>>("placements")
            .Description("Local placements: inside the region asked, sub-regions included (all when no region).").Resolve(c => c.Source.Placements);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementType>>>>("elsewhere").Resolve(c => c.Source.Elsewhere);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementType>>>>("unlocated")
            .Description("No region known and nothing local behind them.").Resolve(c => c.Source.Unlocated);
        Local("enterprises", "Local enterprises, 链主/龙头 first.", s => s.Enterprises);
        Local("labs", null, s => s.Of(EntityKind.Lab));
        Local("platforms", null, s => s.Of(EntityKind.InnovationPlatform));
        Local("universities", null, s => s.Of(EntityKind.University));
        Local("institutes", null, s => s.Of(EntityKind.ResearchInstitute));
        Local("achievements", "Achievements applied to the segment.", s => s.Of(EntityKind.Achievement));
        Local("projects", null, s => s.Of(EntityKind.Project));
        Local("funds", null, s => s.Of(EntityKind.Fund));
    }

    private void Local(string name, string? description, Func<SegmentView, IEnumerable<Placement>> select) =>
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementType>>>>(name)
            .Description(description)
            .Resolve(c => select(c.Source).DistinctBy(p => p.EntityId).ToList());
}
