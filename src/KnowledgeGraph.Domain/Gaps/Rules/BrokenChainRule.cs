using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Gaps.Rules;

/// <summary>
/// 断链: a segment with no local enterprise while a segment upstream or downstream of it (along SUPPLIES, transitively)
/// has one. High when both sides have enterprises (a hole inside a working chain), Medium when one side has.
/// </summary>
internal sealed class BrokenChainRule : IGapRule
{
    private static readonly HashSet<EntityKind> Enterprise = [EntityKind.Enterprise];

    public GapKind Kind => GapKind.BrokenChain;

    public IEnumerable<GapFinding> Evaluate(GapContext context)
    {
        var map = context.Map;
        foreach (var segment in map.Segments.Where(s => !s.Enterprises.Any()))
        {
            var up = map.Upstream(segment.Id).Where(s => s.Enterprises.Any()).ToList();
            var down = map.Downstream(segment.Id).Where(s => s.Enterprises.Any()).ToList();
            if (up.Count == 0 && down.Count == 0)
            {
                continue;
            }

            var sides = new List<string>();
            if (up.Count > 0)
            {
                sides.Add($"上游{Describe(up)}");
            }

            if (down.Count > 0)
            {
                sides.Add($"下游{Describe(down)}");
            }

            var explanation = $"{context.Describe(segment)}没有企业，而{string.Join("、", sides)}，产业链在此断开。";
            var supplies = map.Supplies.Where(e => e.FromSegmentId == segment.Id || e.ToSegmentId == segment.Id).Select(e => e.RelationId);
            yield return GapContext.Finding(
                Kind,
                up.Count > 0 && down.Count > 0 ? GapSeverity.High : GapSeverity.Medium,
                segment,
                explanation,
                up.Concat(down).SelectMany(s => s.Enterprises),
                supplies) with
            {
                Suggestions = context.Suggestions.ForSegment(segment, Enterprise, SuggestionAction.FillChain, "可引进以补齐该环节"),
            };
        }
    }

    private static string Describe(List<SegmentView> segments) =>
        string.Join("、", segments.Select(s => $"「{s.Name}」有 {s.Enterprises.Count()} 家企业"));
}
