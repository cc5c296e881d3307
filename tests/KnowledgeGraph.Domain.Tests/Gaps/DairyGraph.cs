using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Gaps;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;
using ChainMapModel = KnowledgeGraph.Domain.ChainMap.ChainMap;

namespace KnowledgeGraph.Domain.Tests.Gaps;

/// <summary>
/// Builds 乳业 placements in memory from the names the seed bulletins use (国家乳业技术创新中心 and its research
/// centres, their achievements) plus enterprises where a rule needs them, then maps and analyses them as the service would.
/// </summary>
internal sealed class DairyGraph
{
    public const string InnerMongolia = "150000";
    public const string Hohhot = "150100";
    public const string Jiangsu = "320000";
    public const string Nanjing = "320100";

    private readonly List<Placement> placements = [];
    private readonly List<Relation> links = [];
    private readonly Dictionary<string, Entity> entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> mentions = new(StringComparer.Ordinal);

    public static ChainDef Dairy => ChainCatalogue.Default.Find("乳业")!;

    public static string Segment(string name) => EntityIds.Segment("乳业", name);

    public DairyGraph Place(string segment, EntityKind kind, string name, string? region, string? role = null, int mentionCount = 1)
    {
        var id = EntityIds.For(kind, name);
        var segmentId = segment == "乳业" ? Dairy.Id : Segment(segment);
        var via = kind == EntityKind.Enterprise ? RelationKind.OperatesIn : RelationKind.Serves;
        placements.Add(new Placement(segmentId, id, kind, name, region, via) { Role = role });
        entities[id] = new Entity(id, kind, name) { RegionCode = region };
        mentions[id] = mentionCount;
        return this;
    }

    /// <summary>An achievement on a segment with no region of its own, produced by an organisation already placed.</summary>
    public DairyGraph Achievement(string segment, string name, string producerId)
    {
        Place(segment, EntityKind.Achievement, name, region: null);
        links.Add(new Relation(producerId, RelationKind.Produced, EntityIds.For(EntityKind.Achievement, name)));
        return this;
    }

    public DairyGraph Transferred(string achievement, string enterpriseId)
    {
        links.Add(new Relation(EntityIds.For(EntityKind.Achievement, achievement), RelationKind.TransferredTo, enterpriseId));
        return this;
    }

    /// <summary>The research centres of 国家乳业技术创新中心 named in the seed bulletin, on the segments their names cover.</summary>
    public DairyGraph WithSeedResearchCentres()
    {
        Place("乳业", EntityKind.InnovationPlatform, "国家乳业技术创新中心", Hohhot, mentionCount: 9);
        Place("奶牛繁育", EntityKind.InnovationPlatform, "奶牛繁育与养殖技术研究中心", Hohhot);
        Place("奶牛养殖", EntityKind.InnovationPlatform, "奶牛繁育与养殖技术研究中心", Hohhot);
        Place("营养与健康", EntityKind.InnovationPlatform, "营养与健康研究中心", Hohhot);
        Place("乳品加工", EntityKind.InnovationPlatform, "乳品工艺技术与装备研究中心", Hohhot);
        Place("质量安全与标准", EntityKind.InnovationPlatform, "乳品安全与品质研究中心", Hohhot);
        Place("质量安全与标准", EntityKind.InnovationPlatform, "乳业标准化服务平台", Hohhot);
        return this;
    }

    public ChainMapModel Map(string? region) =>
        ChainMapAssembler.Build(Dairy, region is null ? null : Gazetteer.Default.Resolve(region), placements, links, entities);

    public IReadOnlyList<CoverageCell> Coverage() =>
        [.. placements.GroupBy(p => (p.SegmentId, p.RegionCode, p.Kind))
            .Select(g => new CoverageCell(g.Key.SegmentId, g.Key.RegionCode, g.Key.Kind, g.Select(p => p.EntityId).Distinct().Count()))];

    /// <summary>Each placed node's mention count, as the store would read it.</summary>
    public IReadOnlyDictionary<string, int> MentionCounts => mentions;

    public GapContext Context(string? region) => Context(region, mentions);

    /// <param name="mentionCounts">Null: suggestions wait for the counts, as in the service.</param>
    public GapContext Context(string? region, IReadOnlyDictionary<string, int>? mentionCounts)
    {
        var map = Map(region);
        var coverage = CoverageService.Build(Dairy, Coverage(), map.Region?.Level ?? RegionLevel.Province, Gazetteer.Default);
        return new GapContext(map, coverage, Gazetteer.Default, mentionCounts);
    }

    public IReadOnlyList<GapFinding> Analyse(string? region) => GapAnalysisService.Analyse(Context(region));
}
