using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction.Lexicon;

namespace KnowledgeGraph.Extraction.Rules;

/// <summary>Who belongs to whom: PART_OF, LEADS, AFFILIATED_WITH, COOPERATES_WITH.</summary>
internal static class StructureRelations
{
    private static readonly WordList BuildVerbs = new(
    [
        "依托", "建立了", "建立", "组织开发了", "开发了", "打造", "共建", "建设了", "组建了", "组建", "建成了", "建成", "设立了", "设立", "成立了", "成立",
    ]);

    private static readonly string[] CooperationVerbs = ["合作", "签订", "共建", "签约", "联合"];

    private static readonly string[] JointCues = ["联合", "携手"];

    private static readonly string[] ComponentCues = ["分别是", "分别为", "下设", "包括"];

    // Most projects have no parties named before them.
    private static readonly Hit[] NoParties = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Apply(SentenceScope scope)
    {
        PartOfByPrefix(scope);
        PartOfByEnumeration(scope);
        Leads(scope);
        Affiliations(scope);
        Cooperation(scope);
    }

    // 中国农业科学院北方农牧业技术创新中心 → PART_OF 中国农业科学院.
    private static void PartOfByPrefix(SentenceScope scope)
    {
        foreach (var outer in scope.Hits)
        {
            if (!outer.IsOrganisation)
            {
                continue;
            }

            foreach (var inner in scope.Hits)
            {
                if (inner != outer && inner.IsOrganisation && inner.Start == outer.Start && inner.End < outer.End)
                {
                    scope.Relate(outer, RelationKind.PartOf, inner);
                }
            }
        }
    }

    // “四中心，分别是…”: the listed platforms are components of the organisation the article is about.
    private static void PartOfByEnumeration(SentenceScope scope)
    {
        var context = scope.Context;
        if (ContainsAny(scope.Text, ComponentCues) && (context.Subject ?? context.LastSubject) is { } whole)
        {
            context.ComponentParagraph = scope.Sentence.Paragraph;
            context.ComponentWhole = whole;
        }

        if (context.ComponentParagraph != scope.Sentence.Paragraph || context.ComponentWhole is not { } container)
        {
            return;
        }

        foreach (var part in scope.Hits)
        {
            if (!SentenceScope.IsPlatformLike(part) || part.Name == container.Name || IsAffiliationOfPerson(scope, part))
            {
                continue;
            }

            part.IsComponent = true;
            scope.Graph.AddRelation(scope.Key(part), RelationKind.PartOf, container.Id, context.Article, scope.Sentence);
        }
    }

    private static bool ContainsAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAffiliationOfPerson(SentenceScope scope, Hit hit) =>
        scope.Hits.AnyWhere(hit, static (p, hit) => p.Kind == EntityKind.Person && p.Parent == hit);

    // 由A院士和B教授牵头的X / 由C院士的X: the persons lead X.
    private static void Leads(SentenceScope scope)
    {
        var text = scope.Text;
        for (var by = text.IndexOf('由', StringComparison.Ordinal); by >= 0; by = text.IndexOf('由', by + 1))
        {
            var de = text.IndexOf('的', by);
            var stop = scope.ClauseEnd(by, "；。");
            if (de < 0 || de > stop)
            {
                continue;
            }

            var target = scope.Hits.FirstWhere(de + 1, static (h, start) => h.Start == start && (SentenceScope.IsPlatformLike(h) || h.Kind == EntityKind.Project));
            if (target is null)
            {
                continue;
            }

            var leaders = scope.AddBetween(by + 1, de, static (h, _) => h.Kind == EntityKind.Person, []);
            if (leaders.Count == 0)
            {
                scope.AddBetween(by + 1, de, static (h, _) => h.IsOrganisation, leaders);
            }

            foreach (var leader in leaders)
            {
                scope.Relate(leader, RelationKind.Leads, target);
            }
        }

        // A与B“…”项目: both parties lead their joint project.
        foreach (var project in scope.Hits)
        {
            if (project.Kind != EntityKind.Project)
            {
                continue;
            }

            var parties = PartiesBefore(scope, project.Start);
            for (var p = 0; p < parties.Count; p++)
            {
                scope.Relate(parties[p], RelationKind.Leads, project);
            }

            if (parties.Count == 2)
            {
                scope.Relate(parties[0], RelationKind.CooperatesWith, parties[1]);
            }
        }

        if (scope.Text.Contains("牵头", StringComparison.Ordinal))
        {
            var at = scope.Text.IndexOf("牵头", StringComparison.Ordinal);
            var leader = scope.Hits.LastWhere(at, static (h, at) => h.End <= at && h.End >= at - 1 && h.IsOrganisation);
            var target = scope.Hits.FirstWhere(at, static (h, at) => h.Start > at && (SentenceScope.IsPlatformLike(h) || h.Kind == EntityKind.Project));
            if (leader is not null && target is not null)
            {
                scope.Relate(leader, RelationKind.Leads, target);
            }
        }
    }

    /// <summary>Organisations joined by 与/和 that end right where <paramref name="end"/> begins.</summary>
    internal static IReadOnlyList<Hit> PartiesBefore(SentenceScope scope, int end)
    {
        List<Hit>? parties = null;
        var at = end;
        while (scope.Hits.LastWhere(at, static (h, at) => h.End == at && h.IsOrganisation) is { } party)
        {
            parties ??= [];
            parties.Insert(0, party);
            if (party.Start == 0 || !"与和及、".Contains(scope.Text[party.Start - 1], StringComparison.Ordinal))
            {
                break;
            }

            at = party.Start - 1;
        }

        return parties is null || (parties.Count == 1 && end == at) ? NoParties : parties;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Affiliations(SentenceScope scope)
    {
        foreach (var person in scope.Hits)
        {
            if (person.Kind == EntityKind.Person && person.Parent is not null)
            {
                scope.Relate(person, RelationKind.AffiliatedWith, person.Parent);
            }
        }

        // A 依托/建立/组织开发/打造/共建 B: B is hosted or built by A (and by partners A joined with 联合/与).
        var text = scope.Text;
        for (var i = 0; i < text.Length; i++)
        {
            var verb = BuildVerbs.MatchStartingAt(text, i);
            if (verb == 0)
            {
                continue;
            }

            var clauseStart = scope.ClauseStart(i, "；。");
            var builders = scope.AddBetween(clauseStart, i, static (h, scope) => h.IsOrganisation && !SentenceScope.IsPlatformLike(h) && !IsAffiliationOfPerson(scope, h), []);
            if (builders.Count == 0
                && scope.FirstBetween(clauseStart, i, static (h, scope) => h.Kind == EntityKind.InnovationPlatform && !IsAffiliationOfPerson(scope, h)) is { } platform)
            {
                builders.Add(platform);
            }

            if (builders.Count == 0)
            {
                i += verb - 1;
                continue;
            }

            // The first builder hosts what is built, the others (joined with 联合/与) are partners.
            var objectEnd = scope.ClauseEnd(i + verb, "，；。");
            foreach (var built in scope.Hits)
            {
                if (built.Start < i + verb || built.End > objectEnd || !SentenceScope.IsPlatformLike(built))
                {
                    continue;
                }

                foreach (var builder in builders)
                {
                    scope.Relate(built, RelationKind.AffiliatedWith, builder);
                }
            }

            i += verb - 1;
        }
    }

    // A联合B… / A与B合作… / 与A、B签订…: cooperation between named organisations (a region as actor is not annotated).
    private static void Cooperation(SentenceScope scope)
    {
        var text = scope.Text;
        foreach (var cue in JointCues)
        {
            for (var at = text.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = text.IndexOf(cue, at + cue.Length, StringComparison.Ordinal))
            {
                var left = scope.Hits.LastWhere(at, static (h, at) => h.End == at && h.IsOrganisation && h.Kind != EntityKind.GovernmentAgency);
                var right = scope.Hits.FirstWhere(at + cue.Length, static (h, start) => h.Start == start && h.IsOrganisation && h.Kind != EntityKind.GovernmentAgency);
                if (left is not null && right is not null)
                {
                    scope.Relate(left, RelationKind.CooperatesWith, right);
                }
            }
        }

        for (var at = text.IndexOf('与', StringComparison.Ordinal); at >= 0; at = text.IndexOf('与', at + 1))
        {
            // 依托A等龙头企业，与B等高校合作…: A is the nearest non-agency organisation before 与 in the sentence.
            var left = scope.Hits.LastWhere(at, static (h, at) => h.End <= at && h.IsOrganisation && h.Kind != EntityKind.GovernmentAgency && !SentenceScope.IsPlatformLike(h));
            var right = scope.Hits.FirstWhere(at + 1, static (h, start) => h.Start == start && h.IsOrganisation && h.Kind != EntityKind.GovernmentAgency);
            var clauseEnd = scope.ClauseEnd(at, "，；。");
            if (left is not null && right is not null && ContainsAny(text.AsSpan(at, clauseEnd - at), CooperationVerbs))
            {
                scope.Relate(left, RelationKind.CooperatesWith, right);
            }
        }
    }
}
