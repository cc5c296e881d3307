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

    private static readonly IReadOnlyDictionary<string, string> ChainLeader = new Dictionary<string, string> { ["role"] = "链主" };

    private static readonly IReadOnlyDictionary<string, string> Leading = new Dictionary<string, string> { ["role"] = "龙头" };

    /// <param name="lists">Lists to reuse for the chains and segments in view of each hit.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Apply(SentenceScope scope, ChainIndex chains, IReadOnlyList<ChainDef> articleChains, IReadOnlyList<ChainDef> sentenceChains, SentenceLists lists)
    {
        foreach (var hit in scope.Hits)
        {
            if (Serves(hit))
            {
                ServesByNameOrField(scope, hit, chains, ChainsInView(hit, chains, articleChains, sentenceChains, lists.Chains), lists.Segments);
            }
            else if (hit.Kind == EntityKind.Achievement)
            {
                ServesByAchievement(scope, hit, chains, ChainsInView(hit, chains, articleChains, sentenceChains, lists.Chains));
            }
            else if (hit.Kind == EntityKind.Enterprise && sentenceChains.Count > 0)
            {
                OperatesIn(scope, hit, chains, sentenceChains, lists.Segments);
            }
        }

        // A sentence that continues about the article's platform without naming it: 绘制光电子信息、…等产业链图谱.
        var context2 = scope.Context;
        var continued = context2.LastSubject is not null && context2.LastSubjectParagraph == scope.Sentence.Paragraph ? context2.LastSubject : context2.Subject;
        if (sentenceChains.Count > 0 && !scope.Hits.Any(h => h.IsOrganisation || h.Kind == EntityKind.Project) && continued is { } subject
            && SentenceScope.IsPlatformLike(subject) && sentenceChains.Count > 0)
        {
            for (var c = 0; c < sentenceChains.Count; c++)
            {
                scope.Graph.AddRelation(subject.Id, RelationKind.Serves, Chain(scope, chains, sentenceChains[c]), scope.Context.Article, scope.Sentence);
            }
        }
    }

    // The chains the name names, then the sentence's, then the article's.
    private static List<ChainDef> ChainsInView(Hit hit, ChainIndex chains, IReadOnlyList<ChainDef> articleChains, IReadOnlyList<ChainDef> sentenceChains, List<ChainDef> into)
    {
        chains.Chains(hit.Name, into);
        AddMissing(into, sentenceChains);
        AddMissing(into, articleChains);
        return into;
    }

    private static void AddMissing(List<ChainDef> chains, IReadOnlyList<ChainDef> more)
    {
        for (var i = 0; i < more.Count; i++)
        {
            if (!chains.Contains(more[i]))
            {
                chains.Add(more[i]);
            }
        }
    }

    // The sentence with entity names blanked out: 华创新材料 names a firm, not the new-materials chain.
    private static List<ChainDef> ChainsOutsideNames(SentenceScope scope, ChainIndex chains)
    {
        var text = scope.Text;
        var buffer = text.Length <= 512 ? stackalloc char[text.Length] : new char[text.Length];
        text.CopyTo(buffer);
        foreach (var hit in scope.Hits)
        {
            buffer.Slice(hit.Start, hit.End - hit.Start).Fill('|');
        }

        return chains.Chains(buffer);
    }

    private static bool Serves(Hit hit) =>
        hit.Kind is EntityKind.Lab or EntityKind.InnovationPlatform or EntityKind.Park or EntityKind.Incubator or EntityKind.University or EntityKind.ResearchInstitute;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ServesByNameOrField(SentenceScope scope, Hit hit, ChainIndex chains, List<ChainDef> context, List<(ChainDef Chain, ChainSegmentDef Segment)> inName)
    {
        var segments = chains.Segments(hit.Name, context, inName);
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
            if (OfOneChain(specific))
            {
                segments = specific;
            }
        }

        for (var s = 0; s < segments.Count && s < 2; s++)
        {
            scope.Relate(hit, RelationKind.Serves, Segment(scope, chains, segments[s].Chain, segments[s].Segment));
        }
    }

    private static bool OfOneChain(List<(ChainDef Chain, ChainSegmentDef Segment)> segments)
    {
        for (var s = 1; s < segments.Count; s++)
        {
            if (!EqualityComparer<ChainDef>.Default.Equals(segments[s].Chain, segments[0].Chain))
            {
                return false;
            }
        }

        return segments.Count > 0;
    }

    private static void OperatesIn(SentenceScope scope, Hit hit, ChainIndex chains, IReadOnlyList<ChainDef> sentenceChains, List<(ChainDef Chain, ChainSegmentDef Segment)> inClause)
    {
        // The graph copies an edge's properties, so the two possible sets are built once.
        var properties = scope.Text.Contains("链主", StringComparison.Ordinal) ? ChainLeader : scope.Text.Contains("龙头", StringComparison.Ordinal) ? Leading : null;
        var end = scope.ClauseEnd(hit.End, "，；。");
        var segments = chains.Segments(scope.Text.AsSpan(hit.End, end - hit.End), sentenceChains, inClause);
        if (segments.Count > 0)
        {
            for (var s = 0; s < segments.Count && s < 2; s++)
            {
                scope.Relate(hit, RelationKind.OperatesIn, Segment(scope, chains, segments[s].Chain, segments[s].Segment), properties);
            }

            return;
        }

        // 等龙头企业在新能源汽车和芯片领域…: the chains of the firm's own clause, else the sentence's first.
        var clauseChains = chains.Chains(scope.Text.AsSpan(hit.End, end - hit.End));
        var outsideNames = ChainsOutsideNames(scope, chains);
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
