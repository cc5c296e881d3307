using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Storage.Tests.Contract;

/// <summary>
/// Graphs as an extractor would read them from the two seed bulletins: real names, real sentences, offsets
/// computed inside those sentences. Each test builds its own copy.
/// </summary>
internal static class SeedGraph
{
    public const string MilestonesFile = "科技情报参考-2024-国家乳业技术创新中心五个里程碑.txt";
    public const string PlatformsFile = "科技情报参考-2024-内蒙古高能级创新平台.txt";
    public const string Extractor = "rules-1.0";
    public const string Chain = "乳业";

    public static readonly string DairyCenter = EntityIds.For(EntityKind.InnovationPlatform, "国家乳业技术创新中心");
    public static readonly string BreedingCenter = EntityIds.For(EntityKind.InnovationPlatform, "奶牛繁育与养殖技术研究中心");
    public static readonly string NwafUniversity = EntityIds.For(EntityKind.University, "西北农林科技大学");
    public static readonly string ImauUniversity = EntityIds.For(EntityKind.University, "内蒙古农业大学");
    public static readonly string ZhangYong = EntityIds.For(EntityKind.Person, "张涌");
    public static readonly string BayannurPark = EntityIds.For(EntityKind.Park, "巴彦淖尔国家农业高新技术产业示范区");
    public static readonly string ScienceDepartment = EntityIds.For(EntityKind.GovernmentAgency, "内蒙古自治区科学技术厅");
    public static readonly string JiangnanUniversity = EntityIds.For(EntityKind.University, "江南大学");
    public static readonly string InnerMongolia = EntityIds.Region("150000");
    public static readonly string Bayannur = EntityIds.Region("150800");
    public static readonly string Jiangsu = EntityIds.Region("320000");
    public static readonly string ChainId = EntityIds.Chain(Chain);
    public static readonly string Breeding = EntityIds.Segment(Chain, "奶牛繁育");
    public static readonly string Farming = EntityIds.Segment(Chain, "奶牛养殖");
    public static readonly string Forage = EntityIds.Segment(Chain, "饲草种植");
    public static readonly string Processing = EntityIds.Segment(Chain, "乳品加工");

    private const string MembersSentence = "目前，国家乳业技术创新中心已集聚 102 家成员单位、113名高级行业专家、27 位海外专家和超过 5000 人的全产业链创新队伍，实现五个里程碑式进展。";
    private const string CentresSentence = "四中心，分别是由西北农林科技大学张涌院士和内蒙古农业大学齐景伟教授牵头的奶牛繁育与养殖技术研究中心；由中国工程院任发政院士牵头的营养与健康研究中心；";
    private const string SupportSentence = "支持国家乳业技术创新中心围绕奶牛繁育与养殖、营养与健康、乳品工艺与装备等领域开展 26项关键技术攻关；支持巴彦淖尔国家农高区围绕“河套灌区生态农牧业”建设主题，在种业振兴、农畜产品精深加工、水资源高效利用等领域实施 54 项关键技术攻关和成果转化项目；";
    private const string OutcomeSentence = "巴彦淖尔国家农高区通过核心技术攻关，产出“巴麦13号”小麦新品种、“华蒙肉羊”新品种、北斗GPS牧场巡检机器人、河套灌区信息化新技术等十余项创新成果。";
    private const string TransferSentence = "组织矿冶科技集团、吉林大学、武汉理工大学、江南大学四家技术转移中心深入铜陵市40余家企业开展专项对接活动10余次。";

    public static Bulletin Bulletin(string fileName, DateTimeOffset receivedAt, BulletinStatus status = BulletinStatus.Pending) =>
        new(Sha256(fileName), fileName, status, receivedAt) { Title = Path.GetFileNameWithoutExtension(fileName), SizeBytes = 16_733, Encoding = "utf-8" };

    public static (IReadOnlyList<Entity> Entities, IReadOnlyList<Relation> Relations) Reference()
    {
        var (entities, relations) = ChainCatalogue.Default.ToGraph();
        var regions = new[]
        {
            new Entity(InnerMongolia, EntityKind.Region, "内蒙古自治区") { RegionCode = "150000", Aliases = ["内蒙古"] },
            new Entity(Bayannur, EntityKind.Region, "巴彦淖尔市") { RegionCode = "150800", Aliases = ["巴彦淖尔"] },
            new Entity(Jiangsu, EntityKind.Region, "江苏省") { RegionCode = "320000", Aliases = ["江苏"] },
        };
        return ([.. entities, .. regions], [.. relations, new Relation(Bayannur, RelationKind.LocatedIn, InnerMongolia)]);
    }

    /// <summary>国家乳业技术创新中心五个里程碑: the centre, its breeding research centre, who leads it.</summary>
    public static BulletinGraph Milestones(Bulletin bulletin)
    {
        var b = bulletin.Id;
        const string Title = "国家乳业技术创新中心实现五个里程碑式进展";
        var centreLocated = new Relation(DairyCenter, RelationKind.LocatedIn, InnerMongolia);
        var breedingPart = new Relation(BreedingCenter, RelationKind.PartOf, DairyCenter);
        var entities = new List<Entity>
        {
            new(DairyCenter, EntityKind.InnovationPlatform, "国家乳业技术创新中心") { RegionCode = "150000", Aliases = ["乳创中心"] },
            new(BreedingCenter, EntityKind.InnovationPlatform, "奶牛繁育与养殖技术研究中心") { RegionCode = "150100" },
            new(NwafUniversity, EntityKind.University, "西北农林科技大学") { RegionCode = "610400" },
            new(ImauUniversity, EntityKind.University, "内蒙古农业大学") { RegionCode = "150100" },
            new(ZhangYong, EntityKind.Person, "张涌") { Properties = new Dictionary<string, string> { ["title"] = "院士" } },
        };
        var relations = new List<Relation>
        {
            centreLocated,
            breedingPart,
            new(DairyCenter, RelationKind.Serves, ChainId),
            new(BreedingCenter, RelationKind.Serves, Breeding),
            new(BreedingCenter, RelationKind.Serves, Farming),
            new(ZhangYong, RelationKind.AffiliatedWith, NwafUniversity),
            new(ZhangYong, RelationKind.Leads, BreedingCenter),
            new(ImauUniversity, RelationKind.Leads, BreedingCenter),
        };
        var members = Mention(DairyCenter, b, 0, Title, 6, MembersSentence, 412, "国家乳业技术创新中心");
        var mentions = new List<Mention>
        {
            members,
            Mention(centreLocated.Id, b, 0, Title, 6, MembersSentence, 412, "国家乳业技术创新中心"),
            Mention(BreedingCenter, b, 0, Title, 11, CentresSentence, 980, "奶牛繁育与养殖技术研究中心"),
            Mention(breedingPart.Id, b, 0, Title, 11, CentresSentence, 980, "奶牛繁育与养殖技术研究中心"),
            Mention(NwafUniversity, b, 0, Title, 11, CentresSentence, 980, "西北农林科技大学"),
            Mention(ImauUniversity, b, 0, Title, 11, CentresSentence, 980, "内蒙古农业大学"),
            Mention(ZhangYong, b, 0, Title, 11, CentresSentence, 980, "张涌"),
        };
        var facts = new List<QuantFact> { new(DairyCenter, "成员单位", 102m, "家", 2023, members) };
        return new BulletinGraph([new Article(b, 0, Title, 0, 16_000, 42)], entities, relations, mentions, facts);
    }

    /// <summary>内蒙古高能级创新平台: the department's support, the Bayannur park, and one Jiangsu university.</summary>
    public static BulletinGraph Platforms(Bulletin bulletin)
    {
        var b = bulletin.Id;
        const string Title = "内蒙古：高能级创新平台助力科技“突围”";
        var supports = new Relation(ScienceDepartment, RelationKind.Supports, DairyCenter);
        var entities = new List<Entity>
        {
            new(DairyCenter, EntityKind.InnovationPlatform, "国家乳业技术创新中心")
            {
                RegionCode = "150100", Level = "国家级", Aliases = ["国家乳业技创中心"],
                Properties = new Dictionary<string, string> { ["focus"] = "奶牛繁育与养殖、营养与健康、乳品工艺与装备" },
            },
            new(BayannurPark, EntityKind.Park, "巴彦淖尔国家农业高新技术产业示范区") { RegionCode = "150800", Level = "国家级", Aliases = ["巴彦淖尔国家农高区"] },
            new(ScienceDepartment, EntityKind.GovernmentAgency, "内蒙古自治区科学技术厅") { RegionCode = "150000", Aliases = ["自治区科技厅"] },
            new(JiangnanUniversity, EntityKind.University, "江南大学") { RegionCode = "320200" },
        };
        var relations = new List<Relation>
        {
            supports,
            new(BayannurPark, RelationKind.LocatedIn, Bayannur),
            new(BayannurPark, RelationKind.OperatesIn, Forage) { Properties = new Dictionary<string, string> { ["role"] = "龙头" } },
            new(ScienceDepartment, RelationKind.Funds, ChainId),
            new(JiangnanUniversity, RelationKind.Supports, Processing),
        };
        var mentions = new List<Mention>
        {
            Mention(DairyCenter, b, 0, Title, 9, SupportSentence, 1210, "国家乳业技术创新中心"),
            Mention(supports.Id, b, 0, Title, 9, SupportSentence, 1210, "国家乳业技术创新中心"),
            Mention(BayannurPark, b, 0, Title, 9, SupportSentence, 1210, "巴彦淖尔国家农高区"),
            Mention(BayannurPark, b, 0, Title, 17, OutcomeSentence, 2410, "巴彦淖尔国家农高区"),
            Mention(JiangnanUniversity, b, 1, "安徽省铜陵市“三聚焦”助力企业高质量发展", 4, TransferSentence, 5120, "江南大学"),
        };
        var facts = new List<QuantFact>
        {
            new(DairyCenter, "关键技术攻关", 26m, "项", 2023, mentions[0]),
            new(BayannurPark, "关键技术攻关和成果转化项目", 54m, "项", 2023, mentions[2]),
        };
        return new BulletinGraph([new Article(b, 0, Title, 0, 9_000, 30), new Article(b, 1, "安徽省铜陵市“三聚焦”助力企业高质量发展", 9_000, 12_000, 12)], entities, relations, mentions, facts);
    }

    /// <summary>A directory of <paramref name="entityCount"/> enterprises, half in 巴彦淖尔, each cooperating with a few others.</summary>
    public static BulletinGraph EnterpriseDirectory(Bulletin bulletin, int entityCount, int relationsPerEntity)
    {
        var entities = new Entity[entityCount];
        var mentions = new Mention[entityCount];
        for (var i = 0; i < entityCount; i++)
        {
            var name = $"巴彦淖尔乳企{i}号有限公司";
            var id = EntityIds.For(EntityKind.Enterprise, name);
            entities[i] = new Entity(id, EntityKind.Enterprise, name) { RegionCode = i % 2 == 0 ? "150800" : "320100", Aliases = [$"乳企{i}号"] };
            mentions[i] = new Mention(id, bulletin.Id, 0, "企业名录", i, $"{name}入选自治区乳业重点企业名录。", i * 40, i * 40, (i * 40) + name.Length, Extractor);
        }

        var relations = new List<Relation>(entityCount * relationsPerEntity);
        for (var i = 0; i < entityCount; i++)
        {
            for (var k = 1; k <= relationsPerEntity; k++)
            {
                relations.Add(new Relation(entities[i].Id, RelationKind.CooperatesWith, entities[(i + (k * 7919)) % entityCount].Id));
            }
        }

        return BulletinGraph.Empty with { Entities = entities, Relations = relations, Mentions = mentions };
    }

    public static Mention Mention(string targetId, string bulletinId, int article, string title, int sentenceIndex, string sentence, int sentenceStart, string surface)
    {
        var at = sentence.IndexOf(surface, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"'{surface}' is not in the sentence.", nameof(surface));
        }

        return new Mention(targetId, bulletinId, article, title, sentenceIndex, sentence, sentenceStart, sentenceStart + at, sentenceStart + at + surface.Length, Extractor);
    }

    public static string Sha256(string content) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content)));
}
