using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Bench.Generation;

/// <summary>One article's sentences: “支持…围绕…开展…”, 院士/教授 leading centres, 链主 enterprises, facts with numbers.</summary>
internal sealed class SentenceWriter(Random random, NameFactory names, ChainDef chain, Region city, Region province, double fillerShare)
{
    private readonly string platform = random.Next(3) == 0 ? names.NationalPlatform(chain.Name) : names.Platform(random, city, chain.Name);

    public string Next() => random.NextDouble() < fillerShare ? random.Pick(Vocabulary.Filler) : Named();

    private string Named() => random.Next(11) switch
    {
        0 => $"{names.Agency(province)}支持{platform}围绕{Segment().Name}、{Segment().Name}等领域开展 {random.Next(5, 60)} 项关键技术攻关；",
        1 => $"目前，{platform}已集聚 {random.Next(20, 200)} 家成员单位、{random.Next(30, 300)}名高级行业专家和超过 {random.Next(10, 60) * 100} 人的全产业链创新队伍。",
        2 => Led(),
        3 => $"{names.Enterprise(random, city)}是{city.Name}{chain.Name}产业链链主企业，重点布局{Segment().Name}和{Segment().Name}环节。",
        4 => $"{names.Enterprise(random, city)}与{names.University(random)}合作开展{names.Achievement(random)}研发，成果已在{city.ShortName}推广应用。",
        5 => $"支持{names.Lab(random, city, chain.Name)}围绕{Segment().Name}开展{random.Pick(Vocabulary.Topics)}，实施 {random.Next(3, 30)} 个{random.Pick(Vocabulary.Topics)}。",
        6 => $"{names.Park(city)}围绕“{chain.Name}”建设主题，在{Segment().Name}、{Segment().Name}等领域实施 {random.Next(10, 80)} 项关键技术攻关和成果转化项目。",
        7 => $"已将{names.Achievement(random)}、{names.Achievement(random)}和{names.Achievement(random)}等技术成果进行应用推广。",
        8 => $"{city.Name}设立{names.Fund(city, chain.Name)}，首期规模 {random.Next(1, 50)} 亿元，重点支持{Segment().Name}企业。",
        9 => $"{city.Name}出台《{names.Policy(city, chain.Name)}》，对{chain.Name}相关企业申报国家高新技术企业认定给予重点支持。",
        _ => $"截至目前，{platform}已累计开展科研项目 {random.Next(20, 200)}项，申请专利 {random.Next(10, 120)} 件，发表论文 {random.Next(10, 90)}篇。",
    };

    private string Led()
    {
        var (person, title) = names.Person(random);
        var (other, otherTitle) = names.Person(random);
        var segment = Segment();
        return $"由{names.University(random)}{person}{title}和{names.Institute(random)}{other}{otherTitle}牵头的{segment.Name}技术研究中心，聚焦{random.Pick(segment.Keywords)}等方向开展攻关。";
    }

    private ChainSegmentDef Segment() => random.Pick(chain.Segments);
}
