using KnowledgeGraph.Domain.ChainMap;

namespace KnowledgeGraph.Domain.Gaps.Rules;

/// <summary>
/// 创新链缺口: a segment with local enterprises but no local lab, platform, university or institute serving it.
/// High from 3 enterprises on (an industry without research behind it), else Medium. Organisations tied only to the
/// chain as a whole do not count: they serve no particular segment, but they are offered first as the nearest remedy.
/// </summary>
internal sealed class InnovationGapRule : IGapRule
{
    public const int HighFromEnterprises = 3;

    public GapKind Kind => GapKind.InnovationGap;

    public IEnumerable<GapFinding> Evaluate(GapContext context)
    {
        foreach (var segment in context.Map.Segments)
        {
            var enterprises = segment.Enterprises.ToList();
            if (enterprises.Count == 0 || segment.InnovationOrganisations.Any())
            {
                continue;
            }

            var explanation = $"{context.Describe(segment)}有 {enterprises.Count} 家企业（{GapContext.Names(enterprises)}），但没有实验室、创新平台、高校或科研院所服务该环节。";
            var chainLevel = context.Map.ChainLevel.Concat(context.Map.ChainLevelElsewhere);
            yield return GapContext.Finding(
                Kind,
                enterprises.Count >= HighFromEnterprises ? GapSeverity.High : GapSeverity.Medium,
                segment,
                explanation,
                enterprises) with
            {
                Suggestions = context.Suggestions.ForSegment(
                    segment, EntityKinds.Innovation, SuggestionAction.StrengthenChain, "可合作共建以补强创新链", extra: chainLevel),
            };
        }
    }
}
