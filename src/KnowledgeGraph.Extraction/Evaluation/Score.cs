namespace KnowledgeGraph.Extraction.Evaluation;

/// <summary>Counts for one category; precision/recall/F1 are 1 when there is nothing to find and nothing found.</summary>
public sealed record Score(string Category, int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? (Predicted == 0 ? 1 : 0) : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Score operator +(Score a, Score b) => new(a.Category, a.Gold + b.Gold, a.Predicted + b.Predicted, a.Correct + b.Correct);
}

/// <summary>Scores of an evaluation run: per entity type, per relation type, overall, and alias resolution.</summary>
public sealed record EvaluationReport(
    IReadOnlyList<Score> EntityTypes,
    IReadOnlyList<Score> RelationTypes,
    Score Entities,
    Score Relations,
    Score Aliases,
    IReadOnlyList<string> Misses)
{
    /// <summary>Alias accuracy: gold alias pairs the extractor resolved to the right canonical node.</summary>
    public double AliasAccuracy => Aliases.Gold == 0 ? 1 : (double)Aliases.Correct / Aliases.Gold;

    public string ToTable()
    {
        var lines = new List<string> { $"{"category",-28} {"gold",5} {"pred",5} {"ok",5} {"P",6} {"R",6} {"F1",6}" };
        void Add(Score s) => lines.Add($"{s.Category,-28} {s.Gold,5} {s.Predicted,5} {s.Correct,5} {s.Precision,6:0.000} {s.Recall,6:0.000} {s.F1,6:0.000}");
        foreach (var s in EntityTypes)
        {
            Add(s);
        }

        Add(Entities);
        foreach (var s in RelationTypes)
        {
            Add(s);
        }

        Add(Relations);
        lines.Add($"{"alias pairs",-28} {Aliases.Gold,5} {"",5} {Aliases.Correct,5} {"",6} {"",6} acc={AliasAccuracy:0.000}");
        return string.Join(Environment.NewLine, lines);
    }
}
