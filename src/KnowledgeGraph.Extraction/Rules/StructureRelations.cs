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

        foreach (var part in scope.Hits.Where(h => SentenceScope.IsPlatformLike(h) && h.Name != container.Name && !IsAffiliationOfPerson(scope, h)))
        {
            part.IsComponent = true;
            scope.Graph.AddRelation(scope.Key(part), RelationKind.PartOf, container.Id, context.Article, scope.Sentence);
        }
    }

    private static bool ContainsAny(string text, string[] words)
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

    private static bool IsAffiliationOfPerson(SentenceScope scope, Hit hit) => scope.Hits.Any(p => p.Kind == EntityKind.Person && p.Parent == hit);

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

            var target = scope.Hits.FirstOrDefault(h => h.Start == de + 1 && (SentenceScope.IsPlatformLike(h) || h.Kind == EntityKind.Project));
            if (target is null)
            {
                continue;
            }

            var leaders = scope.Between(by + 1, de).Where(h => h.Kind == EntityKind.Person).ToList();
            if (leaders.Count == 0)
            {
                leaders = [.. scope.Between(by + 1, de).Where(h => h.IsOrganisation)];
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
            foreach (var party in parties)
            {
                scope.Relate(party, RelationKind.Leads, project);
            }

            if (parties.Count == 2)
            {
                scope.Relate(parties[0], RelationKind.CooperatesWith, parties[1]);
            }
        }

        if (scope.Text.Contains("牵头", StringComparison.Ordinal))
        {
            var at = scope.Text.IndexOf("牵头", StringComparison.Ordinal);
            var leader = scope.Hits.LastOrDefault(h => h.End <= at && h.End >= at - 1 && h.IsOrganisation);
            var target = scope.Hits.FirstOrDefault(h => h.Start > at && (SentenceScope.IsPlatformLike(h) || h.Kind == EntityKind.Project));
            if (leader is not null && target is not null)
            {
                scope.Relate(leader, RelationKind.Leads, target);
            }
        }
    }

    /// <summary>Organisations joined by 与/和 that end right where <paramref name="end"/> begins.</summary>
    internal static List<Hit> PartiesBefore(SentenceScope scope, int end)
    {
        var parties = new List<Hit>();
        var at = end;
        while (scope.Hits.LastOrDefault(h => h.End == at && h.IsOrganisation) is { } party)
        {
            parties.Insert(0, party);
            if (party.Start == 0 || !"与和及、".Contains(scope.Text[party.Start - 1], StringComparison.Ordinal))
            {
                break;
            }

            at = party.Start - 1;
        }

        return parties.Count == 0 || (parties.Count == 1 && end == at) ? [] : parties;
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
            var before = scope.Between(clauseStart, i).Where(h => h.IsOrganisation && !IsAffiliationOfPerson(scope, h)).ToList();
            var builders = before.Where(h => !SentenceScope.IsPlatformLike(h)).ToList();
            if (builders.Count == 0)
            {
                builders = [.. before.Where(h => h.Kind == EntityKind.InnovationPlatform).Take(1)];
            }

            if (builders.Count == 0)
            {
                i += verb - 1;
                continue;
            }

            var builder = builders[0];
            var partners = builders.Skip(1).ToList();
            var objectEnd = scope.ClauseEnd(i + verb, "，；。");
            foreach (var built in scope.Between(i + verb, objectEnd).Where(SentenceScope.IsPlatformLike))
            {
                scope.Relate(built, RelationKind.AffiliatedWith, builder);
                foreach (var partner in partners)
                {
                    scope.Relate(built, RelationKind.AffiliatedWith, partner);
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
                var left = scope.Hits.LastOrDefault(h => h.End == at && h.IsOrganisation && h.Kind != EntityKind.GovernmentAgency);
                var right = scope.Hits.FirstOrDefault(h => h.Start == at + cue.Length && h.IsOrganisation && h.Kind != EntityKind.GovernmentAgency);
                if (left is not null && right is not null)
                {
                    scope.Relate(left, RelationKind.CooperatesWith, right);
                }
            }
        }

        for (var at = text.IndexOf('与', StringComparison.Ordinal); at >= 0; at = text.IndexOf('与', at + 1))
        {
            // 依托A等龙头企业，与B等高校合作…: A is the nearest non-agency organisation before 与 in the sentence.
            var left = scope.Hits.LastOrDefault(h => h.End <= at && h.IsOrganisation && h.Kind != EntityKind.GovernmentAgency && !SentenceScope.IsPlatformLike(h));
            var right = scope.Hits.FirstOrDefault(h => h.Start == at + 1 && h.IsOrganisation && h.Kind != EntityKind.GovernmentAgency);
            var clauseEnd = scope.ClauseEnd(at, "，；。");
            if (left is not null && right is not null && CooperationVerbs.Any(v => text.AsSpan(at, clauseEnd - at).Contains(v, StringComparison.Ordinal)))
            {
                scope.Relate(left, RelationKind.CooperatesWith, right);
            }
        }
    }
}
