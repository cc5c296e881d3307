using System.Collections.Frozen;

namespace KnowledgeGraph.Domain.Regions;

public enum RegionLevel
{
    Province,
    City,
    County,
}

public sealed record Region(string Code, string Name, string? ParentCode, RegionLevel Level)
{
    /// <summary>The name without its administrative suffix: 内蒙古 for 内蒙古自治区, 巴彦淖尔 for 巴彦淖尔市.</summary>
    public string ShortName { get; init; } = Name;
}

/// <summary>
/// Chinese administrative divisions with adcodes (GB/T 2260), generated into Regions/regions.tsv by
/// tools/gazetteer (see its README); never typed by hand.
/// </summary>
public sealed class Gazetteer
{
    private static readonly string[] Suffixes =
    [
        "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "自治州", "自治县", "自治旗", "地区", "矿区", "新区", "盟", "省", "市", "县", "区", "旗",
    ];

    // Autonomous prefectures, counties and banners carry their peoples before the suffix (恩施土家族苗族自治州,
    // 巴里坤哈萨克自治县); the place itself is only the part before them (恩施, 巴里坤).
    private static readonly string[] Peoples =
    [
        "蒙古", "回", "藏", "维吾尔", "苗", "彝", "壮", "布依", "朝鲜", "满", "侗", "瑶", "白", "土家", "哈尼", "哈萨克", "傣", "黎",
        "傈僳", "佤", "畲", "高山", "拉祜", "水", "东乡", "纳西", "景颇", "柯尔克孜", "土", "达斡尔", "仫佬", "羌", "布朗", "撒拉",
        "毛南", "仡佬", "锡伯", "阿昌", "普米", "塔吉克", "怒", "乌孜别克", "俄罗斯", "鄂温克", "德昂", "保安", "裕固", "京", "塔塔尔",
        "独龙", "鄂伦春", "赫哲", "门巴", "珞巴", "基诺",
    ];

    private readonly FrozenDictionary<string, Region> byCode;
    private readonly FrozenDictionary<string, Region[]> byName;
    private readonly FrozenDictionary<string, Region[]> children;

    public Gazetteer(IEnumerable<Region> regions)
    {
        var list = regions.ToList();
        byCode = list.ToFrozenDictionary(r => r.Code, StringComparer.Ordinal);
        byName = list
            .SelectMany(r => new[] { (Key: r.Name, Region: r), (Key: r.ShortName, Region: r) })
            .Where(p => p.Key.Length >= 2)
            .GroupBy(p => p.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => p.Region).Distinct().OrderBy(r => r.Level).ToArray(), StringComparer.Ordinal);
        children = list.Where(r => r.ParentCode is not null)
            .GroupBy(r => r.ParentCode!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        All = list;
    }

    public IReadOnlyList<Region> All { get; }

    public static Gazetteer Default { get; } = LoadEmbedded();

    public Region? Get(string code) => byCode.GetValueOrDefault(code);

    /// <summary>Every region named so (full or short name), most general first: 朝阳 is a district in two cities.</summary>
    public IReadOnlyList<Region> Find(string name) => byName.TryGetValue(name, out var found) ? found : [];

    /// <summary>Resolves a user's region argument: an adcode, a full name or a short name (province-level preferred).</summary>
    public Region? Resolve(string codeOrName)
    {
        var key = codeOrName.Trim();
        return byCode.GetValueOrDefault(key) ?? Find(key).FirstOrDefault();
    }

    public IReadOnlyList<Region> Children(string code) => children.TryGetValue(code, out var found) ? found : [];

    public IEnumerable<Region> Ancestors(string code)
    {
        for (var region = Get(code); region?.ParentCode is { } parent; )
        {
            region = Get(parent);
            if (region is null)
            {
                yield break;
            }

            yield return region;
        }
    }

    /// <summary>
    /// The adcode prefix shared by a region and everything inside it: 150000 → "15", 150800 → "1508",
    /// 150802 → "150802". Stores filter sub-regions with a prefix range on an indexed column.
    /// </summary>
    public static string PrefixOf(string code)
    {
        if (code.Length != 6)
        {
            return code;
        }

        if (code.EndsWith("0000", StringComparison.Ordinal))
        {
            return code[..2];
        }

        return code.EndsWith("00", StringComparison.Ordinal) ? code[..4] : code;
    }

    public static string ShortNameOf(string name)
    {
        foreach (var suffix in Suffixes)
        {
            if (name.Length > suffix.Length + 1 && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                var stem = name[..^suffix.Length];
                return suffix.StartsWith("自治", StringComparison.Ordinal) ? WithoutPeoples(stem) : stem;
            }
        }

        return name;
    }

    private static string WithoutPeoples(string stem)
    {
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var people in Peoples)
            {
                // One-character names (回, 土, 白 …) only count with 族, or 白云 would lose its 白.
                var withZu = people + "族";
                var tail = stem.EndsWith(withZu, StringComparison.Ordinal) ? withZu
                    : people.Length > 1 && stem.EndsWith(people, StringComparison.Ordinal) ? people
                    : null;
                if (tail is not null && stem.Length - tail.Length >= 2)
                {
                    stem = stem[..^tail.Length];
                    stripped = true;
                    break;
                }
            }
        }

        return stem;
    }

    public static Gazetteer Parse(TextReader reader)
    {
        var regions = new List<Region>();
        _ = reader.ReadLine(); // header
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var cols = line.Split('\t');
            var code = cols[0];
            var parent = cols.Length > 2 && cols[2].Length > 0 ? cols[2] : null;
            var level = code.EndsWith("0000", StringComparison.Ordinal) ? RegionLevel.Province
                : code.EndsWith("00", StringComparison.Ordinal) ? RegionLevel.City
                : RegionLevel.County;
            regions.Add(new Region(code, cols[1], parent, level) { ShortName = ShortNameOf(cols[1]) });
        }

        return new Gazetteer(regions);
    }

    private static Gazetteer LoadEmbedded()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream("regions.tsv")
            ?? throw new InvalidOperationException("regions.tsv is not embedded.");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
