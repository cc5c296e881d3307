using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Extraction.Evaluation;

/// <summary>
/// Compares extracted graphs with gold annotations: entities match on (type, canonical name), relations on
/// (from name, code, to name), alias pairs count when the alias is recorded on the canonical node.
/// </summary>
public static class Scorer
{
    public static EvaluationReport Score(IEnumerable<(GoldStandard Gold, BulletinGraph Graph)> runs)
    {
        var entityScores = new Dictionary<string, Score>(StringComparer.Ordinal);
        var relationScores = new Dictionary<string, Score>(StringComparer.Ordinal);
        var aliases = new Score("alias pairs", 0, 0, 0);
        var misses = new List<string>();
        foreach (var (gold, graph) in runs)
        {
            var names = graph.Entities.ToDictionary(e => e.Id, e => e.Name, StringComparer.Ordinal);
            var goldEntities = gold.Entities.Select(e => $"{e.Type}:{e.Name}").ToHashSet(StringComparer.Ordinal);
            var predicted = graph.Entities.Select(e => $"{e.Kind}:{e.Name}").ToHashSet(StringComparer.Ordinal);
            Tally(entityScores, goldEntities, predicted, k => k[..k.IndexOf(':', StringComparison.Ordinal)], misses, gold.Bulletin, "entity");

            var goldRelations = gold.Relations.Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
            var predictedRelations = graph.Relations
                .Where(r => r.Kind != RelationKind.Supplies)
                .Select(r => $"{names.GetValueOrDefault(r.FromId, r.FromId)}|{r.Kind.Code()}|{names.GetValueOrDefault(r.ToId, r.ToId)}")
                .ToHashSet(StringComparer.Ordinal);
            Tally(relationScores, goldRelations, predictedRelations, k => k.Split('|')[1], misses, gold.Bulletin, "relation");

            foreach (var pair in gold.AliasPairs.Where(p => p.Count == 2))
            {
                var ok = graph.Entities.Any(e => e.Name == pair[1] && e.Aliases.Contains(pair[0]));
                aliases += new Score("alias pairs", 1, 1, ok ? 1 : 0);
                if (!ok)
                {
                    misses.Add($"{gold.Bulletin}: alias miss {pair[0]} → {pair[1]}");
                }
            }
        }

        var entityTypes = entityScores.Values.OrderBy(s => s.Category, StringComparer.Ordinal).ToList();
        var relationTypes = relationScores.Values.OrderBy(s => s.Category, StringComparer.Ordinal).ToList();
        return new EvaluationReport(
            entityTypes,
            relationTypes,
            entityTypes.Aggregate(new Score("ENTITIES (all)", 0, 0, 0), (a, b) => a + b),
            relationTypes.Aggregate(new Score("RELATIONS (all)", 0, 0, 0), (a, b) => a + b),
            aliases,
            misses);
    }

    private static void Tally(Dictionary<string, Score> scores, HashSet<string> gold, HashSet<string> predicted, Func<string, string> category, List<string> misses, string bulletin, string what)
    {
        foreach (var key in gold.Union(predicted))
        {
            var type = category(key);
            var inGold = gold.Contains(key);
            var inPredicted = predicted.Contains(key);
            var score = scores.GetValueOrDefault(type) ?? new Score(type, 0, 0, 0);
            scores[type] = score + new Score(type, inGold ? 1 : 0, inPredicted ? 1 : 0, inGold && inPredicted ? 1 : 0);
            if (inGold != inPredicted)
            {
                misses.Add($"{bulletin}: {what} {(inGold ? "MISSED" : "EXTRA ")} {key}");
            }
        }
    }
}
