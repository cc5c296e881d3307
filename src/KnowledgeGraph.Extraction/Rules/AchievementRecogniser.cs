using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Extraction.Rules;

/// <summary>
/// Achievements: the items listed after a result verb (产出, 取得, 发布, 首创 …) up to 等…成果 or the clause end, when
/// they are quoted names with a category (“巴麦13号”小麦新品种) or end in a result noun (…技术, …机器人); and
/// “X的Y成为…首款…” (a firm's drug or product that is a first).
/// </summary>
internal static class AchievementRecogniser
{
    private static readonly WordList Cues = new(
    [
        "产出", "取得", "发布", "首创", "推出", "培育出", "选育出", "选育", "研发出", "研制出", "开发出", "研发了", "研制了",
        "已将", "实现了", "建成投产",
    ]);

    private static readonly WordList Firsts = new(
    [
        "全球首创", "全球首套", "全球首个", "全球首台", "全球首款", "世界首创", "世界首台", "世界首套", "世界首个", "国内首创", "国内首个",
        "国内首台", "国内首套", "全国首个", "全国首创", "我国首个", "我国首款", "国际首创", "首创",
    ]);

    private static readonly string[] ResultNouns =
    [
        "新品种", "品种", "技术", "机器人", "装备", "设备", "系统", "药物", "新药", "疫苗", "芯片", "材料", "试验场", "生产", "产品", "工艺",
        "软件", "仪器", "模型", "大模型", "平台",
    ];

    private static readonly string[] GenericResults =
    [
        "新技术", "关键技术", "核心技术", "共性技术", "先进技术", "新品种", "新产品", "新装备", "新工艺", "新材料", "技术", "产品", "关键核心技术",
        "前沿技术", "数字技术", "信息技术", "新一代信息技术",
    ];

    /// <summary>The achievements named in the text, into <paramref name="hits"/> (cleared first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<Hit> Find(string text, IReadOnlyList<Hit> known, List<Hit> hits)
    {
        hits.Clear();
        for (var i = 0; i < text.Length; i++)
        {
            var cue = Cues.MatchStartingAt(text, i);
            if (cue == 0)
            {
                continue;
            }

            ReadList(text, i + cue, known, hits, cueIsFirst: Firsts.MatchStartingAt(text, i) > 0 ? text.Substring(i, cue) : null);
            i += cue - 1;
        }

        FindFirstsOfFirms(text, known, hits);
        return hits;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ReadList(string text, int from, IReadOnlyList<Hit> known, List<Hit> hits, string? cueIsFirst)
    {
        var end = from;
        var depth = 0;
        while (end < text.Length && (depth > 0 || text[end] is not ('，' or '；' or '。' or '：' or '！' or '？')))
        {
            depth += text[end] == '“' ? 1 : text[end] == '”' ? -1 : 0;
            end++;
        }

        var clause = text.AsSpan(from, end - from);
        var etc = clause.LastIndexOf('等');
        var listEnd = etc > 0 ? from + etc : end;
        var listedAsResults = etc > 0 && clause[etc..].Contains("成果", StringComparison.Ordinal);
        var itemStart = from;
        for (var j = from; j <= listEnd; j++)
        {
            if (j < listEnd && !(text[j] is '、' || (text[j] is '和' or '及' && j > itemStart + 3 && IsItemEnd(text, j))))
            {
                continue;
            }

            AddItem(text, itemStart, j, known, hits, listedAsResults, cueIsFirst);
            itemStart = j + 1;
        }
    }

    private static bool IsItemEnd(string text, int at) => EndsWithAny(text.AsSpan(0, at), ResultNouns) || text[at - 1] == '”';

    private static bool EndsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.EndsWith(word))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddItem(string text, int start, int end, IReadOnlyList<Hit> known, List<Hit> hits, bool listedAsResults, string? first)
    {
        while (start < end && text[start] is ' ' or '了' or '一' or '批')
        {
            start++;
        }

        var firstLength = Firsts.MatchStartingAt(text, start);
        if (firstLength > 0)
        {
            first = text.Substring(start, firstLength);
            start += firstLength;
        }

        if (end - start < 4 || Hit.AnyOverlaps(known, start, end))
        {
            return;
        }

        // Most items are turned away: strings are made only for the one kept.
        var item = text.AsSpan(start, end - start);
        if (item.ContainsAnyInRange('0', '9') && !item.ContainsAnyInRange('a', 'z') && !item.ContainsAnyInRange('A', 'Z') && item[0] != '“')
        {
            return;
        }

        string name;
        string? category = null;
        if (item[0] == '“' && item.IndexOf('”') is var close and > 1)
        {
            var rest = item[(close + 1)..];
            if (rest.Length == 0 || rest.Length > 8)
            {
                return;
            }

            name = item[1..close].ToString();
            category = rest.ToString();
        }
        else
        {
            var unquoted = item.IndexOfAny('“', '”') < 0
                ? null
                : item.ToString().Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal);
            var candidate = unquoted is null ? item : unquoted.AsSpan();
            if ((!EndsWithAny(candidate, ResultNouns) && !listedAsResults) || IsGenericResult(candidate) || candidate.Length > 30)
            {
                return;
            }

            name = unquoted ?? item.ToString();
        }

        var hit = new Hit(EntityKind.Achievement, name, start, end);
        if (category is { Length: > 0 })
        {
            hit.Properties["category"] = category;
        }

        if (first is not null)
        {
            hit.Properties["first"] = first;
        }

        hits.Add(hit);
    }

    // 先声药业的先诺欣成为我国首款… : the thing owned by a firm that is a first.
    private static void FindFirstsOfFirms(string text, IReadOnlyList<Hit> known, List<Hit> hits)
    {
        for (var k = 0; k < known.Count; k++)
        {
            var owner = known[k];
            if (owner.Kind is not (EntityKind.Enterprise or EntityKind.ResearchInstitute or EntityKind.University) || owner.End >= text.Length || text[owner.End] != '的')
            {
                continue;
            }

            var become = text.IndexOf("成为", owner.End, StringComparison.Ordinal);
            if (become < 0 || become - owner.End > 16)
            {
                continue;
            }

            var tail = text.AsSpan(become + 2);
            if (!(tail.StartsWith("我国首") || tail.StartsWith("国内首") || tail.StartsWith("全国首") || tail.StartsWith("全球首") || tail.StartsWith("世界首")))
            {
                continue;
            }

            var name = text.AsSpan(owner.End + 1, become - owner.End - 1);
            if (name.Length >= 2 && IsPlainName(name))
            {
                var hit = new Hit(EntityKind.Achievement, name.ToString(), owner.End + 1, become) { Parent = owner };
                hit.Properties["first"] = text.Substring(become + 2, 3);
                hits.Add(hit);
            }
        }
    }

    private static bool IsGenericResult(ReadOnlySpan<char> name)
    {
        foreach (var generic in GenericResults)
        {
            if (name.SequenceEqual(generic))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlainName(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
        {
            if (!(Chars.IsCjk(c) || char.IsAsciiLetterOrDigit(c)))
            {
                return false;
            }
        }

        return true;
    }
}
