using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction.Lexicon;

namespace KnowledgeGraph.Extraction.Rules;

/// <summary>
/// SERVES and OPERATES_IN: catalogue segment keywords in an entity's name, or in the field its sentence names
/// (围绕…/在…领域), within the chains the name, the sentence or the article establish.
/// </summary>
internal static class ChainRelations
{
    private static readonly string[] FieldCues = ["围绕", "聚焦", "在", "面向", "专注"];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Apply(SentenceScope scope, ChainIndex chains, IReadOnlyList<ChainDef> articleChains, List<ChainDef> sentenceChains)
    {
        foreach (var hit in scope.Hits)
        {
            var context = chains.Chains(hit.Name);
            AddMissing(context, sentenceChains);
            AddMissing(context, articleChains);
            if (Serves(hit))
            {
                ServesByNameOrField(scope, hit, chains, context);
            }
            else if (hit.Kind == EntityKind.Achievement)
            {
                ServesByAchievement(scope, hit, chains, context);
            }
            else if (hit.Kind == EntityKind.Enterprise && sentenceChains.Count > 0)
            {
                OperatesIn(scope, hit, chains, sentenceChains);
            }
        }

        // A sentence that continues about the article's platform without naming it: 绘制光电子信息、…等产业链图谱.
        var context2 = scope.Context;
        var continued = context2.LastSubject is not null && context2.LastSubjectParagraph == scope.Sentence.Paragraph ? context2.LastSubject : context2.Subject;
        if (sentenceChains.Count > 0 && !scope.Hits.Any(h => h.IsOrganisation || h.Kind == EntityKind.Project) && continued is { } subject
            && SentenceScope.IsPlatformLike(subject) && sentenceChains.Count > 0)
        {
            foreach (var chain in sentenceChains)
            {
                scope.Graph.AddRelation(subject.Id, RelationKind.Serves, Chain(scope, chains, chain), scope.Context.Article, scope.Sentence);
            }
        }
    }

    private static void AddMissing(List<ChainDef> chains, IReadOnlyList<ChainDef> more)
    {
        foreach (var chain in more)
        {
            if (!chains.Contains(chain))
            {
                chains.Add(chain);
            }
        }
    }

    // The sentence with entity names blanked out: 华创新材料 names a firm, not the new-materials chain.
    private static string Masked(SentenceScope scope)
    {
        var chars = scope.Text.ToCharArray();
        foreach (var hit in scope.Hits)
        {
            Array.Fill(chars, '|', hit.Start, hit.End - hit.Start);
        }

        return new string(chars);
    }

    private static bool Serves(Hit hit) =>
        hit.Kind is EntityKind.Lab or EntityKind.InnovationPlatform or EntityKind.Park or EntityKind.Incubator or EntityKind.University or EntityKind.ResearchInstitute;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ServesByNameOrField(SentenceScope scope, Hit hit, ChainIndex chains, List<ChainDef> context)
    {
        var segments = chains.Segments(hit.Name, context);
        if (segments.Count > 0)
        {
            foreach (var (chain, segment) in segments)
            {
                scope.Relate(hit, RelationKind.Serves, Segment(scope, chains, chain, segment));
            }

            return;
        }

        var (fieldSegments, fieldChains) = Field(scope, hit, chains, context);
        foreach (var (chain, segment) in fieldSegments)
        {
            scope.Relate(hit, RelationKind.Serves, Segment(scope, chains, chain, segment));
        }

        var named = fieldChains.Count > 0 || fieldSegments.Count > 0 ? fieldChains : chains.Chains(hit.Name);
        foreach (var chain in named)
        {
            scope.Relate(hit, RelationKind.Serves, Chain(scope, chains, chain));
        }
    }

    // An achievement serves the segment its category or name names (小麦新品种 → 种质资源与育种, 性控胚胎 → 奶牛繁育).
    private static void ServesByAchievement(SentenceScope scope, Hit hit, ChainIndex chains, List<ChainDef> context)
    {
        if (hit.Parent is { } producer)
        {
            context = [.. chains.Chains(producer.Name), .. context];
        }

        var segments = hit.HasProperties && hit.Properties.TryGetValue("category", out var category) ? chains.Segments(category, context) : [];
        if (segments.Count == 0)
        {
            segments = chains.Segments(hit.Name, context);
        }

        if (segments.Count == 0 && hit.Parent is not null && hit.End < scope.Text.Length)
        {
            var end = scope.ClauseEnd(hit.End, "，；。");
            segments = chains.Segments(scope.Text.AsSpan(hit.End, end - hit.End), context);
        }

        if (segments.Count == 0)
        {
            // No chain in view: a specific keyword (内生安全) that only one chain knows.
            var specific = chains.Segments(hit.Name, null, minKeywordLength: 4);
            if (specific.Select(s => s.Chain).Distinct().Count() == 1)
            {
                segments = specific;
            }
        }

        foreach (var (chain, segment) in segments.Take(2))
        {
            scope.Relate(hit, RelationKind.Serves, Segment(scope, chains, chain, segment));
        }
    }

    private static void OperatesIn(SentenceScope scope, Hit hit, ChainIndex chains, List<ChainDef> sentenceChains)
    {
        var role = scope.Text.Contains("链主", StringComparison.Ordinal) ? "链主" : scope.Text.Contains("龙头", StringComparison.Ordinal) ? "龙头" : null;
        var properties = role is null ? null : new Dictionary<string, string> { ["role"] = role };
        var end = scope.ClauseEnd(hit.End, "，；。");
        var segments = chains.Segments(scope.Text.AsSpan(hit.End, end - hit.End), sentenceChains);
        if (segments.Count > 0)
        {
            foreach (var (chain, segment) in segments.Take(2))
            {
                scope.Relate(hit, RelationKind.OperatesIn, Segment(scope, chains, chain, segment), properties);
            }

            return;
        }

        // 等龙头企业在新能源汽车和芯片领域…: the chains of the firm's own clause, else the sentence's first.
        var clauseChains = chains.Chains(scope.Text.AsSpan(hit.End, end - hit.End));
        var outsideNames = chains.Chains(Masked(scope));
        if (clauseChains.Count == 0 && outsideNames.Count == 0)
        {
            return;
        }

        foreach (var chain in clauseChains.Count > 0 ? clauseChains : [outsideNames[0]])
        {
            scope.Relate(hit, RelationKind.OperatesIn, Chain(scope, chains, chain), properties);
        }
    }

    // 国家乳业技术创新中心围绕奶牛繁育与养殖、营养与健康…等领域 / X是…在乳业领域打造的… / X围绕“…农牧业”主题，在种业振兴…等领域
    private static (List<(ChainDef, ChainSegmentDef)> Segments, List<ChainDef> Chains) Field(SentenceScope scope, Hit hit, ChainIndex chains, List<ChainDef> context)
    {
        var text = scope.Text;
        var isSubject = scope.Hits.FirstOrDefault(h => h.IsOrganisation) == hit;
        foreach (var cue in FieldCues)
        {
            var at = text.IndexOf(cue, hit.End, StringComparison.Ordinal);
            if (at < 0 || (at != hit.End && !(isSubject && cue == "在" && at - hit.End <= 8)))
            {
                continue;
            }

            var clauseEnd = scope.ClauseEnd(at, "；。");
            var field = text.IndexOf("领域", at, StringComparison.Ordinal);
            var end = field > 0 && field < clauseEnd ? field : scope.ClauseEnd(at, "；。，");
            var clause = text.AsSpan(at + cue.Length, Math.Max(at + cue.Length, end) - (at + cue.Length));
            var named = chains.Chains(clause);
            var segments = chains.Segments(clause, [.. named, .. context]);
            if (segments.Count > 0 || named.Count > 0)
            {
                return (segments, named);
            }
        }

        return ([], []);
    }

    private static string Chain(SentenceScope scope, ChainIndex chains, ChainDef chain) =>
        scope.Graph.AddReference(chains.ChainKey(chain), EntityKind.IndustryChain, chain.Name, null, scope.Context.Article, scope.Sentence, 0, scope.Text.Length);

    private static string Segment(SentenceScope scope, ChainIndex chains, ChainDef chain, ChainSegmentDef segment)
    {
        Chain(scope, chains, chain);
        var (name, key) = chains.SegmentKey(chain, segment);
        return scope.Graph.AddReference(key, EntityKind.ChainSegment, name, null, scope.Context.Article, scope.Sentence, 0, scope.Text.Length);
    }
}
