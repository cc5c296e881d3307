using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Domain.ChainMap;

/// <summary>A chain's segments upstream → downstream with who is placed on each, for one region (and its sub-regions) or all.</summary>
public sealed record ChainMap(ChainDef Chain, Region? Region, IReadOnlyList<SegmentView> Segments)
{
    /// <summary>Entities tied to the chain as a whole rather than to one segment (in the region, when one was asked).</summary>
    public IReadOnlyList<Placement> ChainLevel { get; init; } = [];

    /// <summary>Chain-level placements in other regions.</summary>
    public IReadOnlyList<Placement> ChainLevelElsewhere { get; init; } = [];

    /// <summary>SUPPLIES edges between the segments, from the catalogue (upstream supplies downstream).</summary>
    public IReadOnlyList<SupplyEdge> Supplies { get; init; } = [];

    /// <summary>Who produced each achievement on the map and where it was transferred to (achievement id → links).</summary>
    public IReadOnlyDictionary<string, AchievementLinks> Achievements { get; init; } = new Dictionary<string, AchievementLinks>();

    /// <summary>Set when the map only counts bulletins ingested up to this instant.</summary>
    public DateTimeOffset? AsOf { get; init; }

    public SegmentView? Segment(string segmentId) => Segments.FirstOrDefault(s => s.Id == segmentId);

    /// <summary>
    /// Every list of placements the map holds, in every region: each segment's local, elsewhere and unlocated ones,
    /// then the chain level's local and elsewhere ones.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<Placement>> PlacementLists =>
        [.. Segments.SelectMany(s => (IReadOnlyList<Placement>[])[s.Placements, s.Elsewhere, s.Unlocated]), ChainLevel, ChainLevelElsewhere];

    /// <summary>Segments that supply <paramref name="segmentId"/>, transitively (everything upstream of it).</summary>
    public IReadOnlyList<SegmentView> Upstream(string segmentId) => Walk(segmentId, e => e.ToSegmentId, e => e.FromSegmentId);

    /// <summary>Segments <paramref name="segmentId"/> supplies, transitively (everything downstream of it).</summary>
    public IReadOnlyList<SegmentView> Downstream(string segmentId) => Walk(segmentId, e => e.FromSegmentId, e => e.ToSegmentId);

    private List<SegmentView> Walk(string start, Func<SupplyEdge, string> from, Func<SupplyEdge, string> to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var edge in Supplies.Where(e => from(e) == current))
            {
                if (seen.Add(to(edge)))
                {
                    queue.Enqueue(to(edge));
                }
            }
        }

        seen.Remove(start);
        return [.. Segments.Where(s => seen.Contains(s.Id))];
    }
}

/// <summary>
/// One segment. <see cref="Placements"/> are the local ones (inside the region asked, sub-regions included; every
/// placement when no region was asked); <see cref="Elsewhere"/> the same segment in other regions; <see cref="Unlocated"/>
/// those with no known region that nothing local produced or funded.
/// </summary>
public sealed record SegmentView(string Id, ChainSegmentDef Segment, IReadOnlyList<Placement> Placements)
{
    public IReadOnlyList<Placement> Elsewhere { get; init; } = [];

    public IReadOnlyList<Placement> Unlocated { get; init; } = [];

    public ChainStage Stage => Segment.Stage;

    public string Name => Segment.Name;

    public IEnumerable<Placement> Of(params EntityKind[] kinds) => Placements.Where(p => kinds.Contains(p.Kind));

    public int Count(EntityKind kind) => Distinct(Placements, kind).Count();

    public int CountElsewhere(EntityKind kind) => Distinct(Elsewhere, kind).Count();

    /// <summary>Local enterprises, leading ones (链主/龙头) first.</summary>
    public IEnumerable<Placement> Enterprises => Distinct(Placements, EntityKind.Enterprise).OrderBy(p => p.IsLeading() ? 0 : 1);

    /// <summary>Local labs, platforms, universities and institutes serving the segment.</summary>
    public IEnumerable<Placement> InnovationOrganisations => DistinctOf(Placements, EntityKinds.Innovation);

    /// <summary>Local enterprises plus innovation organisations: who a segment depends on.</summary>
    public IEnumerable<Placement> Organisations => DistinctOf(Placements, EntityKinds.Organisations);

    public IReadOnlyDictionary<EntityKind, int> Counts => CountsOf(Placements);

    public IReadOnlyDictionary<EntityKind, int> ElsewhereCounts => CountsOf(Elsewhere);

    private static Dictionary<EntityKind, int> CountsOf(IEnumerable<Placement> placements) =>
        placements.DistinctBy(p => p.EntityId).GroupBy(p => p.Kind).ToDictionary(g => g.Key, g => g.Count());

    private static IEnumerable<Placement> Distinct(IEnumerable<Placement> placements, EntityKind kind) =>
        placements.Where(p => p.Kind == kind).DistinctBy(p => p.EntityId);

    private static IEnumerable<Placement> DistinctOf(IEnumerable<Placement> placements, IReadOnlySet<EntityKind> kinds) =>
        placements.Where(p => kinds.Contains(p.Kind)).DistinctBy(p => p.EntityId);
}

public sealed record SupplyEdge(string FromSegmentId, string ToSegmentId)
{
    public string RelationId => RelationIds.For(FromSegmentId, RelationKind.Supplies, ToSegmentId);
}

/// <summary>PRODUCED edges into an achievement and TRANSFERRED_TO edges out of it, with the neighbours' regions.</summary>
public sealed record AchievementLinks(string AchievementId, IReadOnlyList<LinkedEntity> Producers, IReadOnlyList<LinkedEntity> TransferredTo);

/// <param name="Edge">The link itself; its id leads to the mentions behind it.</param>
public sealed record LinkedEntity(string EntityId, string Name, EntityKind Kind, string? RegionCode, Relation Edge)
{
    /// <summary>Built when asked for: a map links hundreds of achievements, and few links end up as a finding's evidence.</summary>
    public string RelationId => Edge.Id;
}

public static class EntityKinds
{
    /// <summary>Organisations that serve a segment with research and innovation.</summary>
    public static IReadOnlySet<EntityKind> Innovation { get; } = new HashSet<EntityKind>
    {
        EntityKind.Lab, EntityKind.InnovationPlatform, EntityKind.University, EntityKind.ResearchInstitute,
    };

    public static IReadOnlySet<EntityKind> Organisations { get; } = new HashSet<EntityKind>(Innovation) { EntityKind.Enterprise };

    private static readonly string[] LeadingRoles = ["链主", "龙头", "leading", "leader"];

    /// <summary>True when the placement's role marks a 链主 / 龙头 enterprise.</summary>
    public static bool IsLeading(this Placement placement) =>
        placement.Role is { } role && LeadingRoles.Any(r => role.Contains(r, StringComparison.OrdinalIgnoreCase));

    /// <summary>The Chinese word planners use for the kind (企业, 实验室 …).</summary>
    public static string Label(this EntityKind kind) => kind switch
    {
        EntityKind.Region => "地区",
        EntityKind.GovernmentAgency => "政府机构",
        EntityKind.Lab => "实验室",
        EntityKind.InnovationPlatform => "创新平台",
        EntityKind.Park => "园区",
        EntityKind.Incubator => "孵化器",
        EntityKind.University => "高校",
        EntityKind.ResearchInstitute => "科研院所",
        EntityKind.Enterprise => "企业",
        EntityKind.IndustryChain => "产业链",
        EntityKind.ChainSegment => "环节",
        EntityKind.Achievement => "成果",
        EntityKind.Project => "项目",
        EntityKind.Fund => "基金",
        EntityKind.FinancialProduct => "金融产品",
        EntityKind.Policy => "政策",
        EntityKind.Person => "人物",
        _ => kind.ToString(),
    };
}
