namespace KnowledgeGraph.Storage.Sqlite.Keys;

/// <summary>
/// SQL for reads by id of what is stored by number: a node id's number (its row's, or the one <c>target_keys</c>
/// holds) and back. An id nothing holds gets no number and reads nothing.
/// </summary>
internal static class TargetSql
{
    /// <summary>The number of the node id in <paramref name="column"/>: its row's, or the one <c>target_keys</c> holds.</summary>
    public static string NodeNo(string column) =>
        $"coalesce((SELECT e.no FROM entities e WHERE e.id = {column}), (SELECT k.no FROM target_keys k WHERE k.id = {column}))";

    /// <summary>The id of the node number in <paramref name="column"/>: its row's, or the one <c>target_keys</c> holds.</summary>
    public static string NodeId(string column) =>
        $"coalesce((SELECT e.id FROM entities e WHERE e.no = {column}), (SELECT k.id FROM target_keys k WHERE k.no = {column}))";
}
