using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Bench.Generation;

/// <summary>
/// Generates a scale graph straight as <see cref="BulletinGraph"/> batches (no text), for the store's batch commit.
/// Entity <c>i</c> is a pure function of (seed, i), so edges to earlier entities are re-derived instead of kept in memory.
/// </summary>
internal sealed class GraphGenerator
{
    /// <summary>The chain the seeds are about; chain-map and gap queries ask for it at every scale.</summary>
    public const string FocusChainName = "乳业";

    private static readonly DateTimeOffset Epoch = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly (EntityKind Kind, int Weight)[] KindWeights =
    [
        (EntityKind.Enterprise, 40), (EntityKind.Achievement, 14), (EntityKind.Person, 10), (EntityKind.InnovationPlatform, 8),
        (EntityKind.Lab, 6), (EntityKind.Project, 6), (EntityKind.ResearchInstitute, 4), (EntityKind.University, 3),
        (EntityKind.Park, 2), (EntityKind.Policy, 3), (EntityKind.Fund, 2), (EntityKind.Incubator, 2),
    ];

    private readonly ScaleSpec spec;
    private readonly NameFactory names;
    private readonly Gazetteer gazetteer;
    private readonly ChainDef focus;
    private readonly IReadOnlyList<ChainDef> fillers;
    private readonly int focusStride;

    public GraphGenerator(ScaleSpec spec, ChainCatalogue catalogue, Gazetteer gazetteer)
    {
        this.spec = spec;
        this.gazetteer = gazetteer;
        names = new NameFactory(gazetteer);
        focus = catalogue.Find(FocusChainName) ?? catalogue.Chains[0];
        fillers = SyntheticChains.Create(focus, spec.FillerChains);
        focusStride = Math.Max(1, spec.Entities / spec.EffectiveFocus);
    }

    public string FocusChain => focus.Name;

    /// <summary>Regions, the catalogue chain and the filler chains, for <c>UpsertReferenceAsync</c>.</summary>
    public (IReadOnlyList<Entity> Entities, IReadOnlyList<Relation> Relations) Reference()
    {
        var (chainEntities, chainRelations) = new ChainCatalogue([focus, .. fillers]).ToGraph();
        var entities = new List<Entity>(chainEntities);
        var relations = new List<Relation>(chainRelations);
        foreach (var region in gazetteer.All)
        {
            entities.Add(new Entity(EntityIds.Region(region.Code), EntityKind.Region, region.Name) { RegionCode = region.Code });
            if (region.ParentCode is { } parent)
            {
                relations.Add(new Relation(EntityIds.Region(region.Code), RelationKind.LocatedIn, EntityIds.Region(parent)));
            }
        }

        return (entities, relations);
    }

    public int BatchCount => (spec.Entities + spec.BatchSize - 1) / spec.BatchSize;

    public IEnumerable<(Bulletin Bulletin, BulletinGraph Graph)> Batches()
    {
        for (var b = 0; b < BatchCount; b++)
        {
            yield return Batch(b);
        }
    }

    public (Bulletin Bulletin, BulletinGraph Graph) Batch(int batch)
    {
        var bulletinId = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"scale-{spec.Seed}-{batch}")));
        var first = batch * spec.BatchSize;
        var last = Math.Min(spec.Entities, first + spec.BatchSize);
        var title = $"合成批次{batch.ToString(CultureInfo.InvariantCulture)}";
        var article = new Article(bulletinId, 0, title, 0, (last - first) * 6 * 40, (last - first) * 6);
        var writer = new BatchWriter(bulletinId, title);
        for (var i = first; i < last; i++)
        {
            AddEntity(writer, i);
        }

        var bulletin = new Bulletin(bulletinId, $"合成-{batch.ToString("D6", CultureInfo.InvariantCulture)}.txt", BulletinStatus.Ingested, Epoch.AddMinutes(batch))
        {
            Title = title,
            IngestedAt = Epoch.AddMinutes(batch),
            Articles = 1,
            Entities = writer.Entities.Count,
            Relations = writer.Relations.Count,
            SizeBytes = article.End,
            Encoding = "utf-8",
        };
        return (bulletin, new BulletinGraph([article], writer.Entities, writer.Relations, writer.Mentions, writer.Facts));
    }

    private void AddEntity(BatchWriter writer, int i)
    {
        var node = Node(i);
        writer.Add(node.Entity, $"{node.Entity.Name}位于{gazetteer.Get(node.Entity.RegionCode!)!.Name}。");
        var region = EntityIds.Region(node.Entity.RegionCode!);
        writer.Add(new Relation(node.Entity.Id, RelationKind.LocatedIn, region), "所在地区");
        writer.Add(Placement(node), $"围绕{node.Chain.Name}产业链开展工作");
        var random = new Random(Seeds.Mix(spec.Seed, i, 1));
        var window = Math.Min(i, 5000);
        for (var k = 0; k < 3 && window > 0; k++)
        {
            var other = Node(i - 1 - random.Next(window)).Entity;
            writer.Add(Link(node.Entity, other, k), "开展合作");
        }

        if (node.Entity.Kind is EntityKind.InnovationPlatform or EntityKind.Lab && random.Next(4) == 0)
        {
            writer.AddFact(new QuantFact(node.Entity.Id, "成员单位", random.Next(20, 200), "家", 2023, writer.LastMention));
        }
    }

    private static Relation Link(Entity from, Entity to, int k) => (from.Kind, to.Kind, k) switch
    {
        (EntityKind.Person, EntityKind.University or EntityKind.ResearchInstitute or EntityKind.Lab, _) => new(from.Id, RelationKind.AffiliatedWith, to.Id),
        (EntityKind.Person, EntityKind.InnovationPlatform, _) => new(from.Id, RelationKind.Leads, to.Id),
        (EntityKind.Enterprise, EntityKind.InnovationPlatform, _) => new(from.Id, RelationKind.MemberOf, to.Id),
        (_, EntityKind.Achievement, _) => new(from.Id, RelationKind.Produced, to.Id),
        (EntityKind.Fund, _, _) => new(from.Id, RelationKind.Funds, to.Id),
        (EntityKind.Achievement, EntityKind.Enterprise, _) => new(from.Id, RelationKind.TransferredTo, to.Id),
        (_, _, 0) => new(from.Id, RelationKind.Supports, to.Id),
        _ => new(from.Id, RelationKind.CooperatesWith, to.Id),
    };

    private static Relation Placement(GeneratedNode node)
    {
        var target = node.Segment?.Id(node.Chain.Name) ?? node.Chain.Id;
        var kind = node.Entity.Kind switch
        {
            EntityKind.Enterprise => RelationKind.OperatesIn,
            EntityKind.Fund => RelationKind.Funds,
            EntityKind.Policy or EntityKind.Project => RelationKind.Supports,
            _ => RelationKind.Serves,
        };
        return new Relation(node.Entity.Id, kind, target)
        {
            Properties = node.Role is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["role"] = node.Role },
        };
    }

    private GeneratedNode Node(int i)
    {
        var random = new Random(Seeds.Mix(spec.Seed, i, 0));
        var onFocus = i % focusStride == 0 && i / focusStride < spec.EffectiveFocus;
        var chain = onFocus ? focus : fillers[(i / spec.EntitiesPerFillerChain) % fillers.Count];
        var city = names.City(random);
        var kind = PickKind(random);
        var serial = i + 1;
        var field = chain.Name;
        var (name, props) = kind switch
        {
            EntityKind.Enterprise => (names.Enterprise(random, city, serial), Props()),
            EntityKind.Achievement => (names.Achievement(random, serial), Props(("category", "技术成果"))),
            EntityKind.Person => Person(random, serial),
            EntityKind.InnovationPlatform => (names.Platform(random, city, field, serial), Props()),
            EntityKind.Lab => (names.Lab(random, city, field, serial), Props()),
            EntityKind.Project => (names.Project(random, field, serial), Props()),
            EntityKind.ResearchInstitute => (names.Institute(random, serial), Props()),
            EntityKind.University => (names.University(random, serial), Props()),
            EntityKind.Park => (names.Park(city, serial), Props()),
            EntityKind.Policy => (names.Policy(city, field, serial), Props(("issuer", names.Agency(names.ProvinceOf(city))))),
            EntityKind.Fund => (names.Fund(city, field, serial), Props()),
            _ => (names.Incubator(city, field, serial), Props()),
        };
        var segment = kind is EntityKind.Policy or EntityKind.Park ? null : random.Pick(chain.Segments);
        var entity = new Entity(EntityIds.For(kind, name), kind, name)
        {
            RegionCode = city.Code,
            Level = kind is EntityKind.InnovationPlatform or EntityKind.Lab ? random.Pick(["国家级", "省级", "市级"]) : null,
            Properties = props,
        };
        var role = kind == EntityKind.Enterprise && random.Next(20) == 0 ? "链主" : null;
        return new GeneratedNode(entity, chain, segment, role);
    }

    private (string, IReadOnlyDictionary<string, string>) Person(Random random, int serial)
    {
        var (name, title) = names.Person(random, serial);
        return (name, Props(("title", title)));
    }

    private static Dictionary<string, string> Props(params (string Key, string Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private static EntityKind PickKind(Random random)
    {
        var roll = random.Next(100);
        foreach (var (kind, weight) in KindWeights)
        {
            if ((roll -= weight) < 0)
            {
                return kind;
            }
        }

        return EntityKind.Enterprise;
    }

    private sealed record GeneratedNode(Entity Entity, ChainDef Chain, ChainSegmentDef? Segment, string? Role);
}
