namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// Keeps <c>graph_counts</c> in step with the rows the batch added, in its own transaction, so stats never counts a
/// table. Nodes and edges are counted as the batch creates them, mentions as their inserts report
/// a new row (a re-sent bulletin's rows report none).
/// </summary>
internal sealed partial class GraphWriter
{
    private const string AddCountSql = """
        INSERT INTO graph_counts (tbl, kind, n) VALUES (?1, ?2, ?3)
        ON CONFLICT (tbl, kind) DO UPDATE SET n = n + excluded.n
        """;

    private readonly Dictionary<string, long> newRelations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, long> newEntities = new(StringComparer.Ordinal);

    private void AddCounts()
    {
        var add = Prepare(AddCountSql);
        foreach (var (kind, added) in newEntities)
        {
            add.Text(1, "entities").Text(2, kind).Int(3, added).Execute();
        }

        foreach (var (kind, added) in newRelations)
        {
            add.Text(1, "relations").Text(2, kind).Int(3, added).Execute();
        }

        var mentions = insertedMentions.Values.Sum(n => (long)n);
        if (mentions > 0)
        {
            add.Text(1, "mentions").Text(2, string.Empty).Int(3, mentions).Execute();
        }
    }
}
