using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction.Lexicon;

namespace KnowledgeGraph.Extraction.Rules;

/// <summary>
/// SERVES and OPERATES_IN: catalogue segment keywords in an entity's name, or in the field its sentence names
/// (围绕…/在…领域), once a chain is established by the name, the sentence or the article.
/// </summary>
internal static class ChainRelations
{
    private static readonly string[] FieldCues = ["围绕", "聚焦", "在", "面向", "涉及", "专注"];

    public static void Apply(SentenceScope scope, ChainIndex chains, ChainDef? articleChain)
    {
        var sentenceChain = chains.Chains(scope.Text).Select(c => c.Chain).FirstOrDefault();
        foreach (var hit in scope.Hits)
        {
            if (Serves(hit))
            {
                var chain = chains.Chains(hit.Name).Select(c => c.Chain).FirstOrDefault() ?? sentenceChain ?? articleChain;
                if (chain is null)
                {
                    continue;
                }

                var segments = chains.Segments(Strip(hit.Name, chain), chain).Select(s => s.Segment).ToList();
                if (segments.Count == 0)
                {
                    segments = FieldSegments(scope, hit, chains, chain, out var chainNamed);
                    if (segments.Count == 0 && (chainNamed || chains.Chains(hit.Name).Count > 0))
                    {
                        scope.Relate(hit, RelationKind.Serves, Chain(scope, chain));
                        continue;
                    }
                }

                foreach (var segment in segments)
                {
                    scope.Relate(hit, RelationKind.Serves, Segment(scope, chain, segment));
                }
            }
            else if (hit.Kind == EntityKind.Enterprise && (chains.Chains(hit.Name).FirstOrDefault().Chain ?? sentenceChain) is { } chain)
            {
                var role = scope.Text.Contains("链主", StringComparison.Ordinal) ? "链主" : scope.Text.Contains("龙头", StringComparison.Ordinal) ? "龙头" : null;
                var properties = role is null ? null : new Dictionary<string, string> { ["role"] = role };
                scope.Relate(hit, RelationKind.OperatesIn, Chain(scope, chain), properties);
            }
        }
    }

    private static bool Serves(Hit hit) =>
        hit.Kind is EntityKind.Lab or EntityKind.InnovationPlatform or EntityKind.Park or EntityKind.Incubator or EntityKind.University or EntityKind.ResearchInstitute;

    // The chain's own name inside an entity name (乳业标准化服务平台) must not count as a segment keyword.
    private static string Strip(string name, ChainDef chain)
    {
        foreach (var word in chain.Aliases.Append(chain.Name).OrderByDescending(w => w.Length))
        {
            name = name.Replace(word, "|", StringComparison.Ordinal);
        }

        return name;
    }

    // 国家乳业技术创新中心围绕奶牛繁育与养殖、营养与健康…等领域 / X是…在乳业领域打造的…
    private static List<ChainSegmentDef> FieldSegments(SentenceScope scope, Hit hit, ChainIndex chains, ChainDef chain, out bool chainNamed)
    {
        chainNamed = false;
        var text = scope.Text;
        var isSubject = hit.Start == 0 || scope.Hits.FirstOrDefault(h => h.IsOrganisation) == hit;
        foreach (var cue in FieldCues)
        {
            var at = text.IndexOf(cue, hit.End, StringComparison.Ordinal);
            if (at < 0 || (at != hit.End && !(isSubject && cue == "在")))
            {
                continue;
            }

            var end = text.IndexOf("领域", at, StringComparison.Ordinal) is var field and > 0 && field < scope.ClauseEnd(at, "；。，") + 40
                ? field
                : scope.ClauseEnd(at, "；。，");
            var clause = text[(at + cue.Length)..Math.Max(at + cue.Length, end)];
            var segments = chains.Segments(Strip(clause, chain), chain).Select(s => s.Segment).ToList();
            chainNamed = chains.Chains(clause).Any(c => c.Chain == chain);
            if (segments.Count > 0 || chainNamed)
            {
                return segments;
            }
        }

        return [];
    }

    private static string Chain(SentenceScope scope, ChainDef chain) =>
        scope.Graph.AddReference(EntityKind.IndustryChain, chain.Name, null, scope.Context.Article, scope.Sentence, 0, scope.Text.Length);

    private static string Segment(SentenceScope scope, ChainDef chain, ChainSegmentDef segment) =>
        scope.Graph.AddReference(EntityKind.ChainSegment, $"{chain.Name}/{segment.Name}", null, scope.Context.Article, scope.Sentence, 0, scope.Text.Length);
}
