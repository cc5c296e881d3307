using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Gaps.Rules;

/// <summary>
/// 单点依赖: a segment served by exactly one local organisation (enterprise, lab, platform, university or institute).
/// Medium when it is an enterprise (supply depends on one firm), Low when it is a research organisation.
/// </summary>
internal sealed class SinglePointDependencyRule : IGapRule
{
    public GapKind Kind => GapKind.SinglePointDependency;

    public IEnumerable<GapFinding> Evaluate(GapContext context)
    {
        foreach (var segment in context.Map.Segments)
        {
            var organisations = segment.Organisations.ToList();
            if (organisations.Count != 1)
            {
                continue;
            }

            var only = organisations[0];
            var explanation = $"{context.Describe(segment)}仅有{only.Name}（{only.Kind.Label()}）一家机构服务，存在单点依赖。";
            var kinds = only.Kind == EntityKind.Enterprise ? new HashSet<EntityKind> { EntityKind.Enterprise } : EntityKinds.Innovation;
            yield return GapContext.Finding(
                Kind,
                only.Kind == EntityKind.Enterprise ? GapSeverity.Medium : GapSeverity.Low,
                segment,
                explanation,
                segment.Placements.Where(p => p.EntityId == only.EntityId)) with
            {
                Suggestions = context.Suggestions.ForSegment(segment, kinds, SuggestionAction.StrengthenChain, "可作为第二来源分散风险"),
            };
        }
    }
}
