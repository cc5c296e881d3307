using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Sqlite.Keys;

/// <summary>
/// Reads by id of what is stored by number (mention spans, facts): the ids asked for become a <c>wanted (id, no)</c>
/// table first, one seek each (a node by its unique id, an edge by its key, then <c>target_keys</c>), and the rows
/// are read by number and carry the id back. An id nothing holds gets no number and reads nothing.
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

    /// <summary>
    /// A CTE over <c>$nodes</c> (a JSON array of ids) and <c>$edges</c> (of <c>[id, from, kind, to]</c>), both from
    /// <see cref="Targets"/>. Not materialised: each of the two span tables joins it, and a temporary table per read
    /// cost more than numbering the ids twice.
    /// </summary>
    public static readonly string Wanted = $"""
        wanted (id, no) AS NOT MATERIALIZED (
            SELECT w.value, {NodeNo("w.value")} FROM json_each($nodes) w
            UNION ALL
            SELECT w.id, coalesce(
                       (SELECT -r.no FROM relations r
                         WHERE r.from_no = {NodeNo("w.from_id")} AND r.kind = w.kind AND r.to_no = {NodeNo("w.to_id")}),
                       (SELECT k.no FROM target_keys k WHERE k.id = w.id))
              FROM (SELECT json_extract(value, '$[0]') AS id, json_extract(value, '$[1]') AS from_id,
                           json_extract(value, '$[2]') AS kind, json_extract(value, '$[3]') AS to_id
                      FROM json_each($edges)) w)
        """;

    /// <summary>The number of the node id in <paramref name="column"/>: its row's, or the one <c>target_keys</c> holds.</summary>
    public static string NodeNo(string column) =>
        $"coalesce((SELECT e.no FROM entities e WHERE e.id = {column}), (SELECT k.no FROM target_keys k WHERE k.id = {column}))";

    /// <summary>The id of the node number in <paramref name="column"/>: its row's, or the one <c>target_keys</c> holds.</summary>
    public static string NodeId(string column) =>
        $"coalesce((SELECT e.id FROM entities e WHERE e.no = {column}), (SELECT k.id FROM target_keys k WHERE k.no = {column}))";

    /// <summary>The two JSON arrays <see cref="Wanted"/> reads: each distinct id once, an edge's with its parts.</summary>
    public static (string Nodes, string Edges) Targets(IEnumerable<string> ids)
    {
        var nodes = new List<string>();
        var edges = new List<string[]>();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (EdgeKey.TryParse(id, out var edge))
            {
                edges.Add([id, edge.FromId, edge.Kind, edge.ToId]);
            }
            else
            {
                nodes.Add(id);
            }
        }

        return (StoredJson.Array(nodes), edges.Count == 0 ? "[]" : JsonSerializer.Serialize(edges, JsonOptions));
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
