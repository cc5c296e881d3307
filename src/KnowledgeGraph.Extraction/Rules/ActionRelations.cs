using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction.Lexicon;

namespace KnowledgeGraph.Extraction.Rules;

/// <summary>What actors do: SUPPORTS, FUNDS, PRODUCED, ISSUED_BY.</summary>
internal static class ActionRelations
{
    private static readonly WordList SupportCues = new(["支持", "推动", "加大对", "扶持", "资助", "助力"]);

    private static readonly WordList IssueVerbs = new(["制定出台", "出台了", "出台", "印发了", "印发", "发布了", "发布", "颁布", "制定了", "制定"]);

    private static readonly WordList ProduceCues = new(
    [
        "产出", "取得", "发布", "首创", "推出", "培育出", "选育", "研发", "研制", "开发出", "攻克", "突破", "实现了", "已将", "建成投产",
    ]);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Apply(SentenceScope scope)
    {
        Supports(scope);
        SupportsChains(scope);
        Funds(scope);
        Produced(scope);
        IssuedBy(scope);
    }

    private static bool CanSupport(Hit hit) =>
        hit.Kind is EntityKind.GovernmentAgency or EntityKind.Project or EntityKind.Fund or EntityKind.Policy;

    private static bool CanBeSupported(Hit hit) =>
        hit.IsOrganisation && hit.Kind != EntityKind.GovernmentAgency || hit.Kind is EntityKind.Project;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Supports(SentenceScope scope)
    {
        var text = scope.Text;
        for (var i = 0; i < text.Length; i++)
        {
            var cue = SupportCues.MatchStartingAt(text, i);
            if (cue == 0)
            {
                continue;
            }

            var end = text.AsSpan(i).StartsWith("加大对") && text.IndexOf("的支持", i, StringComparison.Ordinal) is var close and > 0
                ? close
                : scope.ClauseEnd(i, "；。，");
            var supported = SupportedBetween(scope, i + cue, end);
            var supporter = SupporterBefore(scope, i);
            if (supporter is not null)
            {
                // 支持集成电路、生物医药…等领域项目: a programme supports the chains it names.
                var clauseEnd = scope.ClauseEnd(i, "；。，");
                AddChainTargets(scope, scope.Text.AsSpan(i + cue, clauseEnd - (i + cue)), supported);
            }

            var from = supporter is not null ? scope.Key(supporter)
                : HasOtherSubject(scope, i) ? null
                : (scope.Context.Actor ?? scope.Context.Sponsor)?.Id;
            if (from is not null)
            {
                foreach (var target in supported)
                {
                    scope.Graph.AddRelation(from, RelationKind.Supports, target, scope.Context.Article, scope.Sentence);
                }
            }

            i += cue - 1;
        }
    }

    // The organisations and projects a support clause names, outermost names only, as keys.
    private static List<string> SupportedBetween(SentenceScope scope, int start, int end)
    {
        var supported = new List<string>();
        foreach (var h in scope.Hits)
        {
            if (h.Start >= start && h.End <= end && CanBeSupported(h) && !IsInsideOther(scope, h))
            {
                supported.Add(scope.Key(h));
            }
        }

        return supported;
    }

    /// <summary>Chains named in a field clause, as IndustryChain keys.</summary>
    private static List<string> AddChainTargets(SentenceScope scope, ReadOnlySpan<char> clause, List<string> into)
    {
        foreach (var c in ChainIndex.Default.Chains(clause))
        {
            into.Add(scope.Graph.AddReference(ChainIndex.Default.ChainKey(c), EntityKind.IndustryChain, c.Name, null, scope.Context.Article, scope.Sentence, 0, scope.Text.Length));
        }

        return into;
    }

    // 自治区科技厅围绕乳业、草业…等重点领域…: the agency supports the chains of its field; a programme the chains
    // of the field it is carried out in (在数字技术…领域实施“双十…工程”).
    private static void SupportsChains(SentenceScope scope)
    {
        foreach (var agency in scope.Hits)
        {
            if (agency.Kind == EntityKind.GovernmentAgency && scope.Text.AsSpan(agency.End).StartsWith("围绕"))
            {
                var end = scope.ClauseEnd(agency.End, "；。，");
                foreach (var chain in AddChainTargets(scope, scope.Text.AsSpan(agency.End, end - agency.End), []))
                {
                    scope.Relate(agency, RelationKind.Supports, chain);
                }
            }
        }

        foreach (var project in scope.Hits)
        {
            if (project.Kind != EntityKind.Project || project.Start <= 0)
            {
                continue;
            }

            var clauseStart = scope.ClauseStart(project.Start);
            if (scope.Text.AsSpan(clauseStart, project.Start - clauseStart).Contains("实施", StringComparison.Ordinal))
            {
                foreach (var chain in AddChainTargets(scope, scope.Text.AsSpan(clauseStart, project.Start - clauseStart), []))
                {
                    scope.Relate(project, RelationKind.Supports, chain);
                }
            }
        }
    }

    private static Hit? SupporterBefore(SentenceScope scope, int at) =>
        scope.Hits.FirstWhere(at, static (h, at) => h.End <= at && CanSupport(h) && h.Kind != EntityKind.Policy);

    // A sentence whose own subject is an organisation or place does not inherit the article's actor.
    private static bool HasOtherSubject(SentenceScope scope, int at) =>
        scope.Hits.AnyWhere(at, static (h, at) => h.End <= at && h.IsOrganisation) || scope.Context.Regions.AnyWhere(at, static (r, at) => r.End <= at && r.Start < 4);

    private static bool IsInsideOther(SentenceScope scope, Hit hit) =>
        scope.Hits.AnyWhere(hit, static (o, hit) => o != hit && o.Start <= hit.Start && o.End >= hit.End && (o.End - o.Start) > (hit.End - hit.Start));

    // X项目获Y立项支持 / 获Y资助: the programme funds the project (or the organisation) before 获.
    private static void Funds(SentenceScope scope)
    {
        var text = scope.Text;
        for (var at = text.IndexOf('获', StringComparison.Ordinal); at >= 0; at = text.IndexOf('获', at + 1))
        {
            var end = scope.ClauseEnd(at);
            var tail = text.AsSpan(at, end - at);
            if (!(tail.Contains("支持", StringComparison.Ordinal) || tail.Contains("资助", StringComparison.Ordinal) || tail.Contains("立项", StringComparison.Ordinal)))
            {
                continue;
            }

            var funder = scope.FirstBetween(at, end, static (h, _) => h.Kind is EntityKind.Project or EntityKind.Fund or EntityKind.GovernmentAgency);
            var funded = scope.Hits.LastWhere(at, static (h, at) => h.End <= at && h.End >= at - 2 && (h.Kind == EntityKind.Project || h.IsOrganisation));
            if (funder is not null && funded is not null)
            {
                scope.Relate(funder, RelationKind.Funds, funded);
            }
        }
    }

    private static void Produced(SentenceScope scope)
    {
        foreach (var achievement in scope.Hits)
        {
            if (achievement.Kind != EntityKind.Achievement)
            {
                continue;
            }

            var producer = achievement.Parent ?? ProducerBefore(scope, achievement.Start);
            if (producer is not null)
            {
                achievement.Parent = producer;
                scope.Relate(producer, RelationKind.Produced, achievement);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Hit? ProducerBefore(SentenceScope scope, int at)
    {
        var cueAt = -1;
        for (var i = at - 1; i >= 0 && cueAt < 0; i--)
        {
            if (ProduceCues.MatchStartingAt(scope.Text, i) > 0)
            {
                cueAt = i;
            }
        }

        var subject = scope.Hits.FirstWhere(cueAt < 0 ? at : cueAt, static (h, limit) => h.IsOrganisation && h.End <= limit && h.Kind != EntityKind.GovernmentAgency);
        return subject ?? (scope.Hits.AnyWhere(at, static (h, at) => h.IsOrganisation && h.End <= at) ? null : scope.Context.LastSubject ?? scope.Context.Subject);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void IssuedBy(SentenceScope scope)
    {
        var text = scope.Text;
        for (var i = 0; i < text.Length; i++)
        {
            var verb = IssueVerbs.MatchStartingAt(text, i);
            if (verb == 0)
            {
                continue;
            }

            var policies = PoliciesFrom(scope, i + verb);
            if (policies.Count > 0)
            {
                foreach (var issuer in Issuers(scope, i))
                {
                    foreach (var policy in policies)
                    {
                        scope.Relate(policy, RelationKind.IssuedBy, issuer);
                    }
                }
            }

            i += verb - 1;
        }
    }

    // The policies named one after another right after the verb (印发《…》《…》).
    private static List<Hit> PoliciesFrom(SentenceScope scope, int at)
    {
        var policies = new List<Hit>();
        while (PolicyAt(scope.Hits, at) is { } policy)
        {
            policies.Add(policy);
            at = policy.End;
        }

        return policies;
    }

    private static Hit? PolicyAt(List<Hit> hits, int at)
    {
        foreach (var h in hits)
        {
            if (h.Kind == EntityKind.Policy && h.Start == at)
            {
                return h;
            }
        }

        return null;
    }

    private static List<string> Issuers(SentenceScope scope, int verbAt)
    {
        var clauseStart = scope.ClauseStart(verbAt, "。；");
        var agencies = new List<string>();
        foreach (var h in scope.Hits)
        {
            if (h.Start >= clauseStart && h.End <= verbAt && h.Kind == EntityKind.GovernmentAgency)
            {
                agencies.Add(scope.Key(h));
            }
        }

        var before = scope.Text.AsSpan(clauseStart, verbAt - clauseStart);
        var regionSubject = scope.Context.Regions.AnyWhere((clauseStart, verbAt), static (r, span) => r.Start >= span.clauseStart && r.End <= span.verbAt)
            || before.Contains("自治区", StringComparison.Ordinal);
        var firstAgency = scope.FirstBetween(clauseStart, verbAt, static (h, _) => h.Kind == EntityKind.GovernmentAgency);
        var joined = firstAgency is not null && scope.Text.AsSpan(clauseStart, firstAgency.Start - clauseStart).EndsWith("联合");
        if (scope.Context.Actor is { } actor && (agencies.Count == 0 ? !regionSubject : joined))
        {
            agencies.Insert(0, actor.Id);
        }

        return agencies;
    }

}
