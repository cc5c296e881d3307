using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Domain.Gaps.Rules;

/// <summary>
/// 成果未转化, per segment with local achievements:
/// High when the segment has no local enterprise — whatever local platforms produce for it has no local taker;
/// Medium when it has enterprises but some achievements have no TRANSFERRED_TO edge (no recorded uptake).
/// </summary>
internal sealed class UntransferredAchievementRule : IGapRule
{
    private static readonly HashSet<EntityKind> Enterprise = [EntityKind.Enterprise];

    public GapKind Kind => GapKind.UntransferredAchievement;

    public IEnumerable<GapFinding> Evaluate(GapContext context)
    {
        foreach (var segment in context.Map.Segments)
        {
            var achievements = segment.Of(EntityKind.Achievement).DistinctBy(p => p.EntityId).ToList();
            if (achievements.Count == 0)
            {
                continue;
            }

            var links = achievements.Select(a => context.Map.Achievements.GetValueOrDefault(a.EntityId)).OfType<AchievementLinks>().ToList();
            var producers = links.SelectMany(l => l.Producers).ToList();
            var enterprises = segment.Enterprises.ToList();
            if (enterprises.Count == 0)
            {
                yield return NoTaker(context, segment, achievements, producers) with
                {
                    Suggestions = context.Suggestions.ForSegment(segment, Enterprise, SuggestionAction.ExtendChain, "可引进承接这些成果转化"),
                };
                continue;
            }

            var untransferred = achievements.Where(a => context.Map.Achievements.GetValueOrDefault(a.EntityId) is not { TransferredTo.Count: > 0 }).ToList();
            if (untransferred.Count == 0)
            {
                continue;
            }

            var explanation = $"{context.Describe(segment)}有 {untransferred.Count} 项成果（{GapContext.Names(untransferred)}）尚无转化到企业的记录，而该环节有 {enterprises.Count} 家本地企业可承接。";
            yield return GapContext.Finding(Kind, GapSeverity.Medium, segment, explanation, untransferred, ProducerRelations(untransferred, context)) with
            {
                Suggestions = context.Suggestions.ForSegment(segment, Enterprise, SuggestionAction.ExtendChain, "可对接承接成果转化", includeLocal: true),
            };
        }
    }

    private GapFinding NoTaker(GapContext context, SegmentView segment, List<Placement> achievements, List<LinkedEntity> producers)
    {
        var by = producers.Count > 0 ? $"由{GapContext.Names(producers.Select(p => p.Name))}产出" : "已产出";
        var explanation = $"{context.Describe(segment)}有 {achievements.Count} 项成果（{GapContext.Names(achievements)}）{by}，但该环节在{context.RegionName}没有企业承接转化。";
        var finding = GapContext.Finding(Kind, GapSeverity.High, segment, explanation, achievements, ProducerRelations(achievements, context));
        return finding with { EntityIds = [.. finding.EntityIds.Concat(producers.Select(p => p.EntityId)).Distinct(StringComparer.Ordinal)] };
    }

    private static IEnumerable<string> ProducerRelations(IEnumerable<Placement> achievements, GapContext context) =>
        achievements.SelectMany(a => context.Map.Achievements.GetValueOrDefault(a.EntityId)?.Producers ?? []).Select(p => p.RelationId);
}
