using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction.Lexicon;

namespace KnowledgeGraph.Extraction.Graph;

/// <summary>
/// Decides which names in one bulletin denote the same thing: an abbreviated park designation
/// (巴彦淖尔国家农高区), a shorter form that ends the full name (紫金山实验室), a contracted form whose characters
/// appear in order in the full name (乳创中心, 武创通科创平台). The fullest form is canonical.
/// </summary>
internal static class AliasResolver
{
    private static readonly (string Short, string Full)[] Expansions =
    [
        ("农高区", "农业高新技术产业示范区"), ("高新区", "高新技术产业开发区"), ("经开区", "经济技术开发区"), ("自创区", "自主创新示范区"),
    ];

    private static readonly HashSet<EntityKind> Resolvable =
    [
        EntityKind.GovernmentAgency, EntityKind.Lab, EntityKind.InnovationPlatform, EntityKind.Park, EntityKind.Incubator,
        EntityKind.University, EntityKind.ResearchInstitute, EntityKind.Enterprise, EntityKind.Project, EntityKind.Fund,
        EntityKind.FinancialProduct,
    ];

    public static Dictionary<string, string> Resolve(IEnumerable<EntityDraft> drafts, RegionIndex regions)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var matches = new List<string>();
        foreach (var (kind, names) in NamesByKind(drafts))
        {
            // Longest first, then ordinal: equal strings are indistinguishable, so the unstable sort is deterministic.
            names.Sort(static (a, b) => a.Length != b.Length ? b.Length.CompareTo(a.Length) : string.CompareOrdinal(a, b));
            foreach (var shorter in names)
            {
                matches.Clear();
                foreach (var longer in names)
                {
                    if (longer.Length > shorter.Length && IsFormOf(shorter, longer, kind, regions))
                    {
                        matches.Add(longer);
                    }
                }

                // Several full names fit: take the one every other fits into, else leave the short form alone.
                if (matches.Count == 0 || !AllFormsOf(matches, kind, regions))
                {
                    continue;
                }

                map[EntityIds.For(kind, shorter)] = EntityIds.For(kind, matches[0]);
            }
        }

        // Follow chains (a → b → c) so every key points at its final canonical form.
        foreach (var key in map.Keys.ToList())
        {
            var target = map[key];
            for (var guard = 0; map.TryGetValue(target, out var next) && guard < 8; guard++)
            {
                target = next;
            }

            map[key] = target;
        }

        return map;
    }

    // The names of the resolvable kinds, grouped by kind in the order the kinds first appear.
    private static List<(EntityKind Kind, List<string> Names)> NamesByKind(IEnumerable<EntityDraft> drafts)
    {
        var groups = new List<(EntityKind Kind, List<string> Names)>();
        foreach (var draft in drafts)
        {
            if (!Resolvable.Contains(draft.Kind))
            {
                continue;
            }

            var names = GroupOf(groups, draft.Kind);
            if (names is null)
            {
                names = [];
                groups.Add((draft.Kind, names));
            }

            names.Add(draft.Name);
        }

        return groups;
    }

    private static List<string>? GroupOf(List<(EntityKind Kind, List<string> Names)> groups, EntityKind kind)
    {
        foreach (var (k, names) in groups)
        {
            if (k == kind)
            {
                return names;
            }
        }

        return null;
    }

    private static bool AllFormsOf(List<string> matches, EntityKind kind, RegionIndex regions)
    {
        var full = matches[0];
        for (var m = 1; m < matches.Count; m++)
        {
            if (!IsFormOf(matches[m], full, kind, regions) && matches[m] != full)
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsFormOf(string shorter, string longer, EntityKind kind, RegionIndex regions)
    {
        var expanded = Expansion(shorter);
        if (SameText(shorter, expanded, longer, (longer.Length, string.Empty))
            || SameText(shorter, expanded, longer, Expansion(longer)) && shorter != longer)
        {
            return true;
        }

        // 创新券 → 江苏省创新券: the same programme with its owner's name in front.
        if (longer.EndsWith(shorter, StringComparison.Ordinal) && regions.PrefixOf(longer) is { } owner && owner.Length == longer.Length - shorter.Length
            && kind is EntityKind.Project or EntityKind.Fund or EntityKind.FinancialProduct)
        {
            return true;
        }

        if (longer.EndsWith(shorter, StringComparison.Ordinal) && shorter.Length >= 5 && kind is not (EntityKind.University or EntityKind.GovernmentAgency))
        {
            // 紫金山实验室 ends 网络通信与安全紫金山实验室; 工业大学-like generic tails never reach here.
            return regions.PrefixOf(shorter) is null || regions.PrefixOf(longer) is { } lp && regions.PrefixOf(shorter) is { } sp && lp.Region.Code == sp.Region.Code;
        }

        return IsContraction(shorter, longer, kind, regions);
    }

    // 乳创中心 in 国家乳业技术创新中心: same head character after the 国家/region prefix, same last character, in order.
    private static bool IsContraction(string shorter, string longer, EntityKind kind, RegionIndex regions)
    {
        if (shorter.Length < 3 || shorter[^1] != longer[^1] || kind is EntityKind.University or EntityKind.Enterprise or EntityKind.GovernmentAgency)
        {
            return false;
        }

        var head = longer.StartsWith("国家", StringComparison.Ordinal) ? 2 : regions.PrefixOf(longer)?.Length ?? 0;
        var shortHead = shorter.StartsWith("国家", StringComparison.Ordinal) && head == 2 ? 2 : 0;
        if (shorter[shortHead] != longer[head] && shorter[0] != longer[0])
        {
            return false;
        }

        var j = 0;
        foreach (var c in longer)
        {
            if (j < shorter.Length && shorter[j] == c)
            {
                j++;
            }
        }

        return j == shorter.Length;
    }

    // The expanded form of a name (高新区 → 高新技术产业开发区) as its kept head and the expansion appended, so that
    // names are compared expanded without building the strings: IsFormOf runs for every pair of names of a kind.
    private static (int Head, string Tail) Expansion(string name)
    {
        foreach (var (s, f) in Expansions)
        {
            if (name.EndsWith(s, StringComparison.Ordinal))
            {
                return (name.Length - s.Length, f);
            }
        }

        return (name.Length, string.Empty);
    }

    // name[..a.Head] + a.Tail == other[..b.Head] + b.Tail, compared in place.
    private static bool SameText(string name, (int Head, string Tail) a, string other, (int Head, string Tail) b)
    {
        if (a.Head + a.Tail.Length != b.Head + b.Tail.Length)
        {
            return false;
        }

        var length = a.Head + a.Tail.Length;
        for (var i = 0; i < length; i++)
        {
            var x = i < a.Head ? name[i] : a.Tail[i - a.Head];
            var y = i < b.Head ? other[i] : b.Tail[i - b.Head];
            if (x != y)
            {
                return false;
            }
        }

        return true;
    }
}
