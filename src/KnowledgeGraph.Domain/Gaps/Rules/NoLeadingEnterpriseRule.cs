using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Gaps.Rules;

/// <summary>
/// 缺链主: no local enterprise whose placement role is 链主/龙头, on any segment or on the chain as a whole. Medium:
/// the chain may still work, but nobody organises it.
/// </summary>
internal sealed class NoLeadingEnterpriseRule : IGapRule
{
    public GapKind Kind => GapKind.NoLeadingEnterprise;

    public IEnumerable<GapFinding> Evaluate(GapContext context)
    {
        var map = context.Map;
        var local = map.Segments.SelectMany(s => s.Placements).Concat(map.ChainLevel).Where(p => p.Kind == EntityKind.Enterprise).ToList();
        if (local.Any(p => p.IsLeading()))
        {
            yield break;
        }

        var count = local.Select(p => p.EntityId).Distinct(StringComparer.Ordinal).Count();
        var explanation = count == 0
            ? $"{context.RegionName} {context.ChainName}链没有企业，也没有链主（龙头）企业。"
            : $"{context.RegionName} {context.ChainName}链有 {count} 家企业（{GapContext.Names(local)}），但没有链主（龙头）企业。";
        var leaders = context.Suggestions.ForChain(p => p.Kind == EntityKind.Enterprise && p.IsLeading(), SuggestionAction.FillChain, "可引进作为链主");
        yield return GapContext.Finding(Kind, GapSeverity.Medium, null, explanation, local) with
        {
            Suggestions = leaders.Count > 0
                ? leaders
                : context.Suggestions.ForChain(p => p.Kind == EntityKind.Enterprise, SuggestionAction.FillChain, "可培育或引进作为链主"),
        };
    }
}
