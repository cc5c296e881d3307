using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction.Lexicon;

namespace KnowledgeGraph.Extraction.Rules;

/// <summary>
/// Turns a type word found in a sentence into an organisation hit: its left edge, a quoted proper name in front of a
/// generic type word, the article's region for relative names (市科技局), the name's region prefix, level and status.
/// </summary>
internal sealed class OrganisationNameBuilder(RegionIndex regions)
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public Hit? Build(string text, int suffixStart, int end, OrgSuffix suffix, ArticleContext context)
    {
        var (start, counted) = OrganisationNameEdges.LeftEdge(text, suffixStart, end);
        if (counted)
        {
            return null;
        }

        // A quoted proper name in front of a generic type word belongs to the name: “武创通”科创服务平台.
        var quoted = false;
        if (start > 0 && text[start - 1] == '”' && OrganisationCategories.IsGeneric(text.AsSpan(start, suffixStart - start), suffix))
        {
            var open = text.LastIndexOf('“', start - 1);
            if (open >= 0 && start - 1 - open is > 1 and <= 12)
            {
                start = open;
                quoted = true;
                var (before, counted2) = OrganisationNameEdges.LeftEdge(text, open, end);
                if (!counted2 && before < open && regions.MatchAt(text, before) is { } r && r.End == open)
                {
                    start = before;
                }
            }
        }

        var surface = Clean(text[start..end]);
        if (suffix.Text == "中心" && surface.AsSpan(0, surface.Length - 2).IndexOfAny("和与及中") >= 0)
        {
            return null;
        }

        if (surface.Length <= suffix.Text.Length && !quoted)
        {
            return null;
        }

        if (suffix.Strength == SuffixStrength.Weak && !OrganisationNameEdges.IsCleanWeakName(text, start, suffixStart, end))
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
        if (!quoted && OrganisationCategories.IsCategory(name, specific, prefix?.Region, suffix))
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
        hit.Level = OrganisationCategories.LevelOf(name, prefix?.Region, suffix);
        return hit;
    }

    private static void ApplyStatus(string text, int end, Hit hit)
    {
        var rest = text.AsSpan(end);
        if (rest.StartsWith("（筹）") || rest.StartsWith("(筹)") || rest.StartsWith("（筹建）"))
        {
            hit.Status = "筹建";
        }
    }

    // Quote marks are not part of a name (“武创通”科创服务平台 → 武创通科创服务平台).
    private static string Clean(string surface) => surface.AsSpan().IndexOfAny("“”‘’") < 0
        ? surface
        : surface.Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal)
            .Replace("‘", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal);
}
