namespace KnowledgeGraph.Storage.Sqlite.Keys;

/// <summary>
/// SQL for reads by id of what is stored by number: a node id's number (its row's, or the one <c>target_keys</c>
/// holds) and back. An id nothing holds gets no number and reads nothing.
/// </summary>
internal static class TargetSql
{
    /// <summary>
    /// Numbers of node ids: <c>nodes (id, no)</c> over the JSON array <c>$ids</c>; an id with no number has a NULL one,
    /// which no join matches. Not materialised: a temporary table per read cost an 88 KB block of pages apiece.
    /// </summary>
    public static readonly string Nodes = $"""
        nodes (id, no) AS NOT MATERIALIZED (SELECT w.value, {NodeNo("w.value")} FROM json_each($ids) w)
        """;

    /// <summary>The number of the node id in <paramref name="column"/>: its row's, or the one <c>target_keys</c> holds.</summary>
    public static string NodeNo(string column) =>
        $"coalesce((SELECT e.no FROM entities e WHERE e.id = {column}), (SELECT k.no FROM target_keys k WHERE k.id = {column}))";

    /// <summary>The id of the node number in <paramref name="column"/>: its row's, or the one <c>target_keys</c> holds.</summary>
    public static string NodeId(string column) =>
        $"coalesce((SELECT e.id FROM entities e WHERE e.no = {column}), (SELECT k.id FROM target_keys k WHERE k.no = {column}))";
}
