using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Extraction.Rules;

/// <summary>
/// Organisation names by suffix: find a type word (实验室, 技术创新中心, 大学 …), then extend left to the name's start,
/// stopping at punctuation, verbs and function words, counted phrases (6家…) and conjunctions that follow another name.
/// </summary>
internal sealed class OrganisationRecogniser(RegionIndex regions, Abbreviations abbreviations)
{
    private const int MaxNameLength = 32;

    private static readonly System.Buffers.SearchValues<string> DesignationEnds =
        System.Buffers.SearchValues.Create(["认定", "称号", "授牌", "备案"], StringComparison.Ordinal);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<Hit> Find(string text, ArticleContext context)
    {
        var hits = new List<Hit>();
        for (var end = 2; end <= text.Length; end++)
        {
            if (!OrgSuffixes.ByLastChar.TryGetValue(text[end - 1], out var suffixes))
            {
                continue;
            }

            foreach (var suffix in suffixes)
            {
                var start = end - suffix.Text.Length;
                if (start < 0 || !text.AsSpan(start, suffix.Text.Length).SequenceEqual(suffix.Text))
                {
                    continue;
                }

                if (end < text.Length && OrgSuffixes.BlocksAfter(suffix, text[end]))
                {
                    break;
                }

                if (Build(text, start, end, suffix, context) is { } hit)
                {
                    AddKeepingLongest(hits, hit);
                }

                break;
            }
        }

        foreach (var abbreviation in abbreviations.FindAll(text))
        {
            if (!hits.Any(h => h.Start <= abbreviation.Start && h.End >= abbreviation.End && h.End - h.Start > abbreviation.End - abbreviation.Start))
            {
                hits.RemoveAll(h => h.Start >= abbreviation.Start && h.End <= abbreviation.End);
                hits.Add(abbreviation);
            }
        }

        FindByDesignation(text, hits);
        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        return hits;
    }

    // 铜官数谷获国家级科技企业孵化器认定: a name without a type word takes the kind of the designation it receives.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FindByDesignation(string text, List<Hit> hits)
    {
        for (var at = text.IndexOf('获', StringComparison.Ordinal); at > 1; at = text.IndexOf('获', at + 1))
        {
            var start = at;
            while (start > 0 && Chars.IsCjk(text[start - 1]) && at - start < 8 && Words.LeftStops.MatchEndingAt(text, start) == 0)
            {
                start--;
            }

            if (at - start < 2 || (start > 0 && Chars.IsCjk(text[start - 1])) || hits.Any(h => h.Start < at && h.End > start))
            {
                continue;
            }

            var rest = text.AsSpan(at + 1);
            var level = rest.StartsWith("国家级") ? "国家级" : rest.StartsWith("省级") ? "省级" : rest.StartsWith("市级") ? "市级" : null;
            var close = rest.IndexOfAny(DesignationEnds);
            if (close is < 2 or > 16)
            {
                continue;
            }

            var typeEnd = at + 1 + close;
            if (!OrgSuffixes.ByLastChar.TryGetValue(text[typeEnd - 1], out var suffixes)
                || suffixes.FirstOrDefault(x => text.AsSpan(0, typeEnd).EndsWith(x.Text)) is not { } suffix)
            {
                continue;
            }

            hits.Add(new Hit(suffix.Kind, text[start..at], start, at) { Level = level });
        }
    }

    // A name that starts where a longer one starts and runs into its type word (产业园 / 产业园区,
    // 南京圣和药业 / 南京圣和药业股份有限公司) is the same mention; a parent named as prefix stays separate.
    private static void AddKeepingLongest(List<Hit> hits, Hit hit)
    {
        hits.RemoveAll(h => h.Start == hit.Start && h.End < hit.End && h.End >= hit.SuffixStart);
        hits.Add(hit);
    }

    private Hit? Build(string text, int suffixStart, int end, OrgSuffix suffix, ArticleContext context)
    {
        var (start, counted) = LeftEdge(text, suffixStart, end);
        if (counted)
        {
            return null;
        }

        // A quoted proper name in front of a generic type word belongs to the name: “武创通”科创服务平台.
        var quoted = false;
        if (start > 0 && text[start - 1] == '”' && IsGeneric(text.AsSpan(start, suffixStart - start), suffix))
        {
            var open = text.LastIndexOf('“', start - 1);
            if (open >= 0 && start - 1 - open is > 1 and <= 12)
            {
                start = open;
                quoted = true;
                var (before, counted2) = LeftEdge(text, open, end);
                if (!counted2 && before < open && regions.MatchAt(text, before) is { } r && r.End == open)
                {
                    start = before;
                }
            }
        }

        var surface = Clean(text[start..end]);
        if (suffix.Text == "中心" && surface[..^2].AsSpan().IndexOfAny("和与及中") >= 0)
        {
            return null;
        }

        if (surface.Length <= suffix.Text.Length && !quoted)
        {
            return null;
        }

        if (suffix.Strength == SuffixStrength.Weak && !IsCleanWeakName(text, start, suffixStart, end))
        {
            return null;
        }

        var name = surface;
        string? alias = null;
        if (context.CompleteRelative(name, out _) is { } completed)
        {
            alias = name;
            name = completed;
        }
        else if (name.StartsWith("自治区", StringComparison.Ordinal) || name.StartsWith("市", StringComparison.Ordinal) || name.StartsWith("省", StringComparison.Ordinal))
        {
            if (suffix.Kind == EntityKind.GovernmentAgency)
            {
                return null;
            }
        }

        var prefix = regions.PrefixOf(name, context.Region?.Code);
        var specific = name.AsSpan(prefix?.Length ?? 0, name.Length - (prefix?.Length ?? 0) - suffix.Text.Length);
        if (!quoted && IsCategory(name, specific, prefix?.Region, suffix))
        {
            return null;
        }

        var hit = new Hit(suffix.Kind, name, start, end) { Alias = alias, SuffixStart = suffixStart };
        if (prefix is { } p)
        {
            hit.RegionCode = p.Region.Code;
            hit.RegionFromName = true;
        }

        ApplyStatus(text, end, hit);
        hit.Level = LevelOf(name, prefix?.Region, suffix);
        return hit;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Start, bool Counted) LeftEdge(string text, int suffixStart, int end)
    {
        var p = suffixStart;
        while (p > 0 && end - p < MaxNameLength)
        {
            var c = text[p - 1];
            if (!Chars.IsCjk(c))
            {
                break;
            }

            if (Words.Measures.MatchEndingAt(text, p) > 0 && p >= 2 && Words.Numerals.Contains(text[p - 2], StringComparison.Ordinal))
            {
                return (p, true);
            }

            if (Words.LeftStops.MatchEndingAt(text, p) > 0)
            {
                break;
            }

            var conjunction = Words.Conjunctions.MatchEndingAt(text, p);
            if (conjunction > 0 && (EndsWithNameOrPerson(text, p - conjunction) || Words.LeftStops.MatchEndingAt(text, p - conjunction) > 0))
            {
                break;
            }

            p--;
        }

        return (p, false);
    }

    private static bool EndsWithNameOrPerson(string text, int end)
    {
        if (end <= 0)
        {
            return true;
        }

        if (Words.PersonTitles.MatchEndingAt(text, end) > 0 || !Chars.IsCjk(text[end - 1]) || text[end - 1] == '等')
        {
            return true;
        }

        if (OrgSuffixes.ByLastChar.TryGetValue(text[end - 1], out var suffixes))
        {
            foreach (var suffix in suffixes)
            {
                if (suffix.Strength == SuffixStrength.Strong && suffix.Text.Length <= end
                    && text.AsSpan(end - suffix.Text.Length, suffix.Text.Length).SequenceEqual(suffix.Text))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // 华创新材料等 / 铜爱电子“… are firms; 光电子信息, 新材料技术 are not.
    private static bool IsCleanWeakName(string text, int start, int suffixStart, int end)
    {
        var head = suffixStart - start;
        if (head is < 2 or > 4 || text.AsSpan(start, head).IndexOfAny("新首") >= 0)
        {
            return false;
        }

        return end == text.Length || !Chars.IsCjk(text[end]) || "等的与和及在获将是为".Contains(text[end], StringComparison.Ordinal);
    }

    /// <summary>A category, not a name: only qualifiers before the type word, or a province tier (内蒙古实验室).</summary>
    private static bool IsCategory(string name, ReadOnlySpan<char> specific, Region? prefix, OrgSuffix suffix)
    {
        if (suffix.Kind == EntityKind.GovernmentAgency)
        {
            return prefix is null && !name.StartsWith("国家", StringComparison.Ordinal) && !name.StartsWith("中国", StringComparison.Ordinal)
                && !suffix.Text.EndsWith('部') && suffix.Text is not "科技发展中心" and not "生产力促进中心";
        }

        if (specific.Length == 0)
        {
            // 吉林大学 and 鄂尔多斯实验室 are names; 内蒙古实验室 is a tier of provincial labs.
            return prefix is null || (prefix.Level == RegionLevel.Province && suffix.Kind is not (EntityKind.University or EntityKind.Enterprise or EntityKind.ResearchInstitute));
        }

        if (prefix is not null)
        {
            // A region with a national designation (巴彦淖尔国家农业高新技术产业示范区) or a descriptive name
            // (南京智能计算中心) is a proper name; only level words after a region make a tier (内蒙古重点实验室).
            return IsOnly(specific, Words.LevelParts) && !(specific.StartsWith("国家") && suffix.Kind == EntityKind.Park);
        }

        return IsGeneric(specific, suffix);
    }

    private static bool IsGeneric(ReadOnlySpan<char> part, OrgSuffix suffix)
    {
        var i = 0;
        while (i < part.Length)
        {
            var len = Words.GenericParts.MatchStartingAt(part, i);
            if (len == 0)
            {
                return suffix.Text == "中心" && part.Length - i < 2;
            }

            i += len;
        }

        return true;
    }

    private static bool IsOnly(ReadOnlySpan<char> part, WordList words)
    {
        var i = 0;
        while (i < part.Length)
        {
            var len = words.MatchStartingAt(part, i);
            if (len == 0)
            {
                return false;
            }

            i += len;
        }

        return true;
    }

    private static void ApplyStatus(string text, int end, Hit hit)
    {
        var rest = text.AsSpan(end);
        if (rest.StartsWith("（筹）") || rest.StartsWith("(筹)") || rest.StartsWith("（筹建）"))
        {
            hit.Status = "筹建";
        }
    }

    private static string? LevelOf(string name, Region? prefix, OrgSuffix suffix)
    {
        if (name.StartsWith("国家", StringComparison.Ordinal) || name.Contains("国家重点", StringComparison.Ordinal)
            || name.Contains("全国重点", StringComparison.Ordinal) || name.Contains("国家级", StringComparison.Ordinal))
        {
            return "国家级";
        }

        if (name.Contains("省级", StringComparison.Ordinal) || (prefix?.Level == RegionLevel.Province && suffix.Kind is EntityKind.Lab or EntityKind.Incubator))
        {
            return "省级";
        }

        return name.Contains("市级", StringComparison.Ordinal) ? "市级" : null;
    }

    private static string Clean(string surface) => surface.Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal)
        .Replace("‘", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
}
