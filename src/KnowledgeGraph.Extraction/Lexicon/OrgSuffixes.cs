using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>How strongly a suffix marks a name: weak ones (电子, 新材料) also end ordinary words and need a clean right edge.</summary>
internal enum SuffixStrength
{
    Strong,
    Weak,
}

internal sealed record OrgSuffix(string Text, EntityKind Kind, SuffixStrength Strength = SuffixStrength.Strong);

/// <summary>
/// Type words that end organisation names, mapped to the node kind. The longest suffix ending at a position wins,
/// so 工程技术研究中心 beats 研究中心 and 科学院 beats 学院.
/// </summary>
internal static class OrgSuffixes
{
    public static IReadOnlyList<OrgSuffix> All { get; } =
    [
        // Labs
        new("全国重点实验室", EntityKind.Lab), new("国家重点实验室", EntityKind.Lab), new("重点实验室", EntityKind.Lab),
        new("联合实验室", EntityKind.Lab), new("实验室", EntityKind.Lab),

        // Innovation platforms
        new("制造业创新中心", EntityKind.InnovationPlatform), new("技术创新中心", EntityKind.InnovationPlatform),
        new("产业创新中心", EntityKind.InnovationPlatform), new("协同创新中心", EntityKind.InnovationPlatform),
        new("工程技术研究中心", EntityKind.InnovationPlatform), new("工程研究中心", EntityKind.InnovationPlatform),
        new("研究中心", EntityKind.InnovationPlatform), new("创新中心", EntityKind.InnovationPlatform),
        new("成果转化中心", EntityKind.InnovationPlatform), new("技术转移中心", EntityKind.InnovationPlatform),
        new("计算中心", EntityKind.InnovationPlatform), new("技术发展中心", EntityKind.InnovationPlatform),
        new("技术中心", EntityKind.InnovationPlatform), new("检测中心", EntityKind.InnovationPlatform),
        new("服务平台", EntityKind.InnovationPlatform), new("分平台", EntityKind.InnovationPlatform),
        new("筛选平台", EntityKind.InnovationPlatform), new("科创平台", EntityKind.InnovationPlatform),
        new("研发平台", EntityKind.InnovationPlatform), new("产业联盟", EntityKind.InnovationPlatform),
        new("创新联盟", EntityKind.InnovationPlatform), new("合作基地", EntityKind.InnovationPlatform),
        new("新型研发机构", EntityKind.InnovationPlatform), new("中心", EntityKind.InnovationPlatform),

        // Parks
        new("农业高新技术产业示范区", EntityKind.Park), new("高新技术产业开发区", EntityKind.Park),
        new("高新技术产业园区", EntityKind.Park), new("自主创新示范区", EntityKind.Park),
        new("可持续发展议程创新示范区", EntityKind.Park), new("创新示范区", EntityKind.Park), new("示范区", EntityKind.Park),
        new("高新区", EntityKind.Park), new("农高区", EntityKind.Park), new("经开区", EntityKind.Park),
        new("经济技术开发区", EntityKind.Park), new("开发区", EntityKind.Park), new("产业园区", EntityKind.Park),
        new("产业园", EntityKind.Park), new("科技园", EntityKind.Park), new("科学城", EntityKind.Park),
        new("软件园", EntityKind.Park), new("科创园", EntityKind.Park), new("创新园", EntityKind.Park),

        // Incubators
        new("科技企业孵化器", EntityKind.Incubator), new("孵化器", EntityKind.Incubator), new("众创空间", EntityKind.Incubator),
        new("中试基地", EntityKind.Incubator), new("孵化平台", EntityKind.Incubator), new("中试平台", EntityKind.Incubator),
        new("加速器", EntityKind.Incubator), new("孵化基地", EntityKind.Incubator),

        // Universities and institutes
        new("职业技术学院", EntityKind.University), new("大学", EntityKind.University), new("学院", EntityKind.University),
        new("研究院", EntityKind.ResearchInstitute), new("研究所", EntityKind.ResearchInstitute),
        new("科学院", EntityKind.ResearchInstitute), new("农科院", EntityKind.ResearchInstitute),
        new("工程院", EntityKind.ResearchInstitute), new("科研院", EntityKind.ResearchInstitute),
        new("设计院", EntityKind.ResearchInstitute), new("检科院", EntityKind.ResearchInstitute),

        // Enterprises
        new("股份有限公司", EntityKind.Enterprise), new("有限责任公司", EntityKind.Enterprise), new("有限公司", EntityKind.Enterprise),
        new("公司", EntityKind.Enterprise), new("集团", EntityKind.Enterprise), new("药业", EntityKind.Enterprise),
        new("新材料", EntityKind.Enterprise, SuffixStrength.Weak), new("电子", EntityKind.Enterprise, SuffixStrength.Weak),
        new("制药", EntityKind.Enterprise, SuffixStrength.Weak), new("生物", EntityKind.Enterprise, SuffixStrength.Weak),

        // Government agencies
        new("科学技术厅", EntityKind.GovernmentAgency), new("科学技术局", EntityKind.GovernmentAgency),
        new("科技创新局", EntityKind.GovernmentAgency), new("科技厅", EntityKind.GovernmentAgency), new("科技局", EntityKind.GovernmentAgency),
        new("财政厅", EntityKind.GovernmentAgency), new("财政局", EntityKind.GovernmentAgency), new("人社局", EntityKind.GovernmentAgency),
        new("人社厅", EntityKind.GovernmentAgency), new("知识产权局", EntityKind.GovernmentAgency), new("药监局", EntityKind.GovernmentAgency),
        new("药品监督管理局", EntityKind.GovernmentAgency), new("市场监管局", EntityKind.GovernmentAgency),
        new("市场监督管理局", EntityKind.GovernmentAgency), new("发改委", EntityKind.GovernmentAgency),
        new("发展和改革委员会", EntityKind.GovernmentAgency), new("经信委", EntityKind.GovernmentAgency), new("经信厅", EntityKind.GovernmentAgency),
        new("经信局", EntityKind.GovernmentAgency), new("工信厅", EntityKind.GovernmentAgency), new("工信局", EntityKind.GovernmentAgency),
        new("农业农村厅", EntityKind.GovernmentAgency), new("农业农村局", EntityKind.GovernmentAgency),
        new("教育厅", EntityKind.GovernmentAgency), new("教育局", EntityKind.GovernmentAgency), new("商务厅", EntityKind.GovernmentAgency),
        new("商务局", EntityKind.GovernmentAgency), new("科技部", EntityKind.GovernmentAgency), new("工信部", EntityKind.GovernmentAgency),
        new("工业和信息化部", EntityKind.GovernmentAgency), new("财政部", EntityKind.GovernmentAgency), new("教育部", EntityKind.GovernmentAgency),
        new("农业农村部", EntityKind.GovernmentAgency), new("科学技术部", EntityKind.GovernmentAgency), new("科委", EntityKind.GovernmentAgency),
        new("人民政府", EntityKind.GovernmentAgency), new("管委会", EntityKind.GovernmentAgency), new("科协", EntityKind.GovernmentAgency),
        new("科技发展中心", EntityKind.GovernmentAgency), new("生产力促进中心", EntityKind.GovernmentAgency),
    ];

    /// <summary>Suffixes grouped by last character, longest first.</summary>
    public static Dictionary<char, OrgSuffix[]> ByLastChar { get; } = All
        .GroupBy(s => s.Text[^1])
        .ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.Text.Length).ToArray());

    /// <summary>Last characters of the suffixes: most text positions are turned away before any lookup.</summary>
    public static CharSet LastChars { get; } = new(All.Select(s => s.Text[^1]));

    /// <summary>Characters that turn a suffix into a longer ordinary word when they follow it (大学生, 院所, 中心城区).</summary>
    public static bool BlocksAfter(OrgSuffix suffix, char next) => suffix.Text[^1] switch
    {
        '学' => next is '生' or '科' or '习',
        '院' => next is '所' or '士' or '长',
        '心' => next is '城' or '区' or '任' or '工' or '点',
        '区' => next is '域' or '县' or '划',
        '园' => next is '区' && suffix.Text != "产业园区",
        '局' => next is '长',
        '台' => next is '化',
        _ => false,
    };
}
