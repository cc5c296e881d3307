using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Extraction.Lexicon;

namespace KnowledgeGraph.Extraction.Rules;

/// <summary>
/// Proper names versus categories (国家技术创新中心, 内蒙古重点实验室, 专业化众创空间), and the level a name states
/// (国家级, 省级, 市级).
/// </summary>
internal static class OrganisationCategories
{
    /// <summary>A category, not a name: only qualifiers before the type word, or a province tier (内蒙古实验室).</summary>
    public static bool IsCategory(string name, ReadOnlySpan<char> specific, Region? prefix, OrgSuffix suffix)
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

    /// <summary>Only generic qualifiers (技术, 重点, 科技…) before the type word.</summary>
    public static bool IsGeneric(ReadOnlySpan<char> part, OrgSuffix suffix)
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

    public static string? LevelOf(string name, Region? prefix, OrgSuffix suffix)
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
}
