using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Extraction.Rules;

/// <summary>
/// Named programmes, funds and financial products: a quoted proper name with its type noun (“138+N”工程 → 138+N工程,
/// “宁科贷”), and region-owned programme names (安徽省重点研发计划, 市级科创基金 → 南京市科创基金).
/// </summary>
internal sealed class ProgrammeRecogniser(RegionIndex regions)
{
    private static readonly (string Noun, EntityKind Kind)[] TypeNouns =
    [
        ("工程", EntityKind.Project), ("行动", EntityKind.Project), ("计划", EntityKind.Project), ("专项", EntityKind.Project),
        ("项目", EntityKind.Project), ("基金", EntityKind.Fund),
    ];

    /// <summary>Programme names that a region (or 市/省) owns: the prefix before them is the owner.</summary>
    private static readonly (string Noun, EntityKind Kind)[] RegionalProgrammes =
    [
        ("重点研发计划", EntityKind.Project), ("重大科技专项", EntityKind.Project), ("科技重大专项", EntityKind.Project),
        ("科创基金", EntityKind.Fund), ("天使投资基金", EntityKind.Fund), ("创业投资基金", EntityKind.Fund), ("产业投资基金", EntityKind.Fund),
        ("创新券", EntityKind.FinancialProduct), ("科技券", EntityKind.FinancialProduct),
    ];

    private static readonly string[] Mechanisms = ["揭榜挂帅", "赛马", "包干制", "里程碑"];

    private static readonly string[] RelativeOwners = ["市级", "省级", "市", "省", "自治区"];

    /// <summary>The programmes named in the text, into <paramref name="hits"/> (cleared first).</summary>
    public List<Hit> Find(string text, ArticleContext context, List<Hit> hits)
    {
        hits.Clear();
        FindQuoted(text, hits);
        FindRegional(text, context, hits);
        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        return hits;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FindQuoted(string text, List<Hit> hits)
    {
        var open = text.IndexOf('“', StringComparison.Ordinal);
        while (open >= 0)
        {
            var close = text.IndexOf('”', open + 1);
            if (close < 0)
            {
                return;
            }

            // Most quotes are not programme names: the name is a string only once it is one.
            var name = text.AsSpan(open + 1, close - open - 1);
            var before = text.AsSpan(0, open);

            // Consecutive quotes share the type noun that follows the last one: “提质进位”“促优培育”行动.
            var next = close + 1;
            while (next < text.Length && text[next] == '“' && text.IndexOf('”', next + 1) is var c2 and > 0 && c2 - next <= 14)
            {
                next = c2 + 1;
            }

            var typeAfter = TypeAt(text.AsSpan(next));
            if (IsProperName(name))
            {
                if (IsFinancialProduct(name, before))
                {
                    hits.Add(new Hit(EntityKind.FinancialProduct, name.ToString(), open, close + 1));
                }
                else if (EndsWithType(name) is { } own && !StartsWithCount(name))
                {
                    hits.Add(new Hit(own, name.ToString(), open, close + 1));
                }
                else if (typeAfter is { } type && !StartsWithCount(name))
                {
                    var end = type.Noun == "项目" ? close + 1 : next + type.Noun.Length;
                    var full = type.Noun == "项目" ? name.ToString() : string.Concat(name, type.Noun);
                    hits.Add(new Hit(type.Kind, full, open, end));
                }
            }

            open = text.IndexOf('“', close + 1);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FindRegional(string text, ArticleContext context, List<Hit> hits)
    {
        foreach (var (noun, kind) in RegionalProgrammes)
        {
            for (var at = text.IndexOf(noun, StringComparison.Ordinal); at >= 0; at = text.IndexOf(noun, at + noun.Length, StringComparison.Ordinal))
            {
                var start = OwnerStart(text, at, context, out var owner);
                if (owner is null)
                {
                    continue;
                }

                var hit = new Hit(kind, owner + noun, start, at + noun.Length);
                var surface = text[start..(at + noun.Length)];
                if (surface != hit.Name)
                {
                    hit.Alias = surface;
                }

                hits.Add(hit);
            }
        }
    }

    // The owner right before the programme noun: a region name (安徽省), or a relative 市/市级/省 completed from the article.
    private int OwnerStart(string text, int at, ArticleContext context, out string? owner)
    {
        owner = null;
        foreach (var relative in RelativeOwners)
        {
            var start = at - relative.Length;
            if (start >= 0 && text.AsSpan(start, relative.Length).SequenceEqual(relative))
            {
                var regionHit = RegionEndingAt(text, start, context);
                if (regionHit is { } r)
                {
                    owner = r.Region.Name;
                    return r.Start;
                }

                if (context.CompleteRelative(relative + "XX", out _) is { } completed)
                {
                    owner = completed[..^2];
                    return start;
                }
            }
        }

        if (RegionEndingAt(text, at, context) is { } hit)
        {
            owner = hit.Region.Name;
            return hit.Start;
        }

        return at;
    }

    private RegionHit? RegionEndingAt(string text, int end, ArticleContext context)
    {
        for (var start = Math.Max(0, end - 8); start < end - 1; start++)
        {
            if (regions.MatchAt(text, start, context.Region?.Code) is { } hit && hit.End == end)
            {
                return hit;
            }
        }

        return null;
    }

    private static (string Noun, EntityKind Kind)? TypeAt(ReadOnlySpan<char> text)
    {
        foreach (var type in TypeNouns)
        {
            if (text.StartsWith(type.Noun))
            {
                return type;
            }
        }

        return null;
    }

    private static EntityKind? EndsWithType(ReadOnlySpan<char> name)
    {
        foreach (var (noun, kind) in TypeNouns)
        {
            if (name.Length > noun.Length + 3 && name.EndsWith(noun) && noun != "项目" && noun != "行动")
            {
                return kind;
            }
        }

        return null;
    }

    private static bool IsFinancialProduct(ReadOnlySpan<char> name, ReadOnlySpan<char> before) =>
        name.Length is >= 2 and <= 8 && (name[^1] is '贷' or '券' || before.EndsWith("产品"));

    private static bool IsProperName(ReadOnlySpan<char> name)
    {
        if (name.Length is < 2 or > 40 || name.IndexOfAny("、，。；：") >= 0)
        {
            return false;
        }

        foreach (var mechanism in Mechanisms)
        {
            if (name.Contains(mechanism, StringComparison.Ordinal))
            {
                return false;
            }
        }

        foreach (var c in name)
        {
            if (Chars.IsCjk(c) || char.IsAsciiLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    // 五大行动, 四个研究中心, 双十… slogans built on a count are not programme names.
    private static bool StartsWithCount(ReadOnlySpan<char> name) =>
        name.Length >= 2 && "一二三四五六七八九十两".Contains(name[0], StringComparison.Ordinal) && name[1] is '大' or '个' or '项' or '新' or '首' or '化';
}
