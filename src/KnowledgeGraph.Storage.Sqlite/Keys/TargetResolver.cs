using KnowledgeGraph.Storage.Sqlite.Reading;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Keys;

/// <summary>
/// The numbers that mention spans and facts store for the ids a read asks for, in two statements: every node id (and
/// each edge id's two ends) by its unique id, then each edge by its ends' numbers and kind. Numbering edges inside the
/// span read cost a JSON parse per part and two text seeks per edge on every span table: evidence for a chain map's
/// 1,000 ids took 25–32 ms at 1M against 7 ms on text keys.
/// </summary>
internal static class TargetResolver
{
    /// <summary>An id with no number reads NULL (filtered in <see cref="Pairs"/>: a WHERE on it evaluated the lookups twice).</summary>
    internal static readonly string NodesSql = $"SELECT i.value, {TargetSql.NodeNo("i.value")} FROM json_each($ids) i";

    internal const string EdgesSql = """
        SELECT e.key, r.no FROM json_each($edges) e
          JOIN relations r ON r.from_no = e.value ->> 0 AND r.kind = e.value ->> 1 AND r.to_no = e.value ->> 2
        """;

    private const string ReservedSql = "SELECT k.id, k.no FROM json_each($ids) i JOIN target_keys k ON k.id = i.value";

    /// <summary>
    /// Each id that has a number, by that number (a node's, or an edge's negated). Ids nothing holds are left out. Numbers
    /// come from <paramref name="known"/> first, and every number read is kept there: a warm chain map's evidence
    /// numbers its ~1,400 ids without a statement.
    /// </summary>
    public static Dictionary<long, string> Resolve(SqliteConnection connection, IReadOnlyCollection<string> ids, KnownNumbers known, CancellationToken cancellationToken)
    {
        var numbers = new Dictionary<long, string>(ids.Count);
        var nodeIds = new HashSet<string>(StringComparer.Ordinal);
        var asked = new List<string>();
        var edges = new List<(string Id, EdgeKey Key)>();
        foreach (var id in ids)
        {
            if (known.TryGetNumber(id, out var no))
            {
                numbers[no] = id;
            }
            else if (EdgeKey.TryParse(id, out var key))
            {
                edges.Add((id, key));
                nodeIds.Add(key.FromId);
                nodeIds.Add(key.ToId);
            }
            else
            {
                nodeIds.Add(id);
                asked.Add(id);
            }
        }

        if (nodeIds.Count == 0)
        {
            return numbers;
        }

        var nodes = NodeNumbers(connection, nodeIds, known, cancellationToken);
        // Only the node ids asked for: an edge's ends were numbered to find the edge, not to read their own rows.
        foreach (var id in asked)
        {
            if (nodes.TryGetValue(id, out var no))
            {
                numbers[no] = id;
            }
        }

        if (edges.Count > 0)
        {
            NumberEdges(connection, edges, nodes, numbers, known, cancellationToken);
        }

        return numbers;
    }

    /// <summary>The number of each node id that has one, from <paramref name="known"/> first; every number read is kept there.</summary>
    public static Dictionary<string, long> NodeNumbers(SqliteConnection connection, IReadOnlyCollection<string> ids, KnownNumbers known, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(known);
        var nodes = new Dictionary<string, long>(ids.Count, StringComparer.Ordinal);
        var unknown = new List<string>();
        foreach (var id in ids)
        {
            if (known.TryGetNumber(id, out var no))
            {
                nodes[id] = no;
            }
            else
            {
                unknown.Add(id);
            }
        }

        if (unknown.Count > 0)
        {
            foreach (var (id, no) in Pairs(connection, NodesSql, "$ids", StoredJson.Array(unknown), cancellationToken))
            {
                nodes[id] = no;
                known.Keep(id, no);
            }
        }

        return nodes;
    }

    private static void NumberEdges(
        SqliteConnection connection,
        List<(string Id, EdgeKey Key)> edges,
        Dictionary<string, long> nodes,
        Dictionary<long, string> numbers,
        KnownNumbers known,
        CancellationToken cancellationToken)
    {
        var parts = new List<(long From, string Kind, long To, string Id)>(edges.Count);
        var unnumbered = new List<string>();
        foreach (var (id, key) in edges)
        {
            if (nodes.TryGetValue(key.FromId, out var from) && nodes.TryGetValue(key.ToId, out var to))
            {
                parts.Add((from, key.Kind, to, id));
            }
            else
            {
                unnumbered.Add(id);
            }
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        if (parts.Count > 0)
        {
            using var query = new RawQuery(connection, EdgesSql);
            query.Bind("$edges", "[" + string.Join(',', parts.Select(p => $"[{p.From},\"{p.Kind}\",{p.To}]")) + "]");
            while (query.Next(cancellationToken))
            {
                var id = parts[query.Int(0)].Id;
                var no = -query.Long(1);
                numbers[no] = id;
                found.Add(id);
                known.Keep(id, no);
            }
        }

        // An edge no row holds may have a number reserved for it, as may an edge whose ends have none.
        unnumbered.AddRange(parts.Where(p => !found.Contains(p.Id)).Select(p => p.Id));
        if (unnumbered.Count > 0)
        {
            foreach (var (id, no) in Pairs(connection, ReservedSql, "$ids", StoredJson.Array(unnumbered), cancellationToken))
            {
                numbers[no] = id;
                known.Keep(id, no);
            }
        }
    }

    private static Dictionary<string, long> Pairs(SqliteConnection connection, string sql, string name, string json, CancellationToken cancellationToken)
    {
        using var query = new RawQuery(connection, sql);
        query.Bind(name, json);
        var pairs = new Dictionary<string, long>(StringComparer.Ordinal);
        while (query.Next(cancellationToken))
        {
            if (!query.IsNull(1))
            {
                pairs[query.Text(0)] = query.Long(1);
            }
        }

        return pairs;
    }
}
