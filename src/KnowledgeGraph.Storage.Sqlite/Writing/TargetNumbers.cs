using KnowledgeGraph.Storage.Sqlite.Keys;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// The numbers a write batch stores ids under: a node's (its rowid, positive) and an edge's (negated in a mention).
/// Each id is looked up once per batch and kept; a new node or edge takes the next number of its sequence, or the
/// one <c>target_keys</c> gave its id when a mention named it first. Numbers only grow, so a batch's new rows go to
/// the right-hand end of every tree keyed by them.
/// </summary>
internal sealed class TargetNumbers
{
    private const string MarksSql = """
        SELECT (SELECT ifnull(max(no), 0) FROM entities), (SELECT ifnull(max(no), 0) FROM relations),
               (SELECT ifnull(max(no), 0) FROM target_keys), (SELECT ifnull(-min(no), 0) FROM target_keys)
        """;

    private readonly Dictionary<string, long> known = new(StringComparer.Ordinal);
    private readonly Func<string, RawStatement> prepare;
    private RawStatement? findNode;
    private RawStatement? findEdge;
    private RawStatement? findKey;
    private RawStatement? addKey;
    private RawStatement? dropKey;
    private long nextNode;
    private long nextEdge;
    private bool anyKeys;

    public TargetNumbers(SqliteConnection connection, SqliteTransaction transaction, Func<string, RawStatement> prepare)
    {
        this.prepare = prepare;
        using var marks = connection.CreateCommand();
        marks.Transaction = transaction;
        marks.CommandText = MarksSql;
        using var reader = marks.ExecuteReader();
        reader.Read();
        var (nodes, edges, keyedNodes, keyedEdges) = (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt64(3));
        nextNode = Math.Max(nodes, keyedNodes) + 1;
        nextEdge = Math.Max(edges, keyedEdges) + 1;
        FirstNewNode = nextNode;
        anyKeys = keyedNodes > 0 || keyedEdges > 0;
    }

    /// <summary>Every node the batch creates with a number of its own has one at least this high.</summary>
    public long FirstNewNode { get; }

    /// <summary>The node's number if a row holds it, else null.</summary>
    public long? StoredNode(string id)
    {
        if (known.TryGetValue(id, out var no))
        {
            return no;
        }

        var stored = (findNode ??= prepare("SELECT no FROM entities WHERE id = ?1")).Text(1, id).Scalar();
        if (stored is { } found)
        {
            known[id] = found;
        }

        return stored;
    }

    /// <summary>The edge's number if a row holds it, else null.</summary>
    public long? StoredEdge(string id, long fromNo, string kind, long toNo)
    {
        if (known.TryGetValue(id, out var no))
        {
            return -no;
        }

        var stored = (findEdge ??= prepare("SELECT no FROM relations WHERE from_no = ?1 AND kind = ?2 AND to_no = ?3"))
            .Int(1, fromNo).Text(2, kind).Int(3, toNo).Scalar();
        if (stored is { } found)
        {
            known[id] = -found;
        }

        return stored;
    }

    /// <summary>
    /// The number an edge's end is stored under: its node's, or the one reserved for it in <c>target_keys</c>
    /// (an edge may be written before its nodes, and stays in the file until they come).
    /// </summary>
    public long Node(string id) => NodeIfNumbered(id) ?? Reserve(id, isEdge: false);

    /// <summary>
    /// The number for a node the batch is about to insert: the one a mention reserved for its id (<paramref name="reserved"/>
    /// true; the reservation is dropped), or the next.
    /// </summary>
    public long NewNode(string id, out bool reserved)
    {
        var taken = TakeReserved(id, node: true);
        reserved = taken is not null;
        var no = taken ?? nextNode++;
        known[id] = no;
        return no;
    }

    /// <summary>The number for an edge the batch is about to insert, reserved or next; positive, as the edge stores it.</summary>
    public long NewEdge(string id)
    {
        var no = -TakeReserved(id, node: false) ?? nextEdge++;
        known[id] = -no;
        return no;
    }

    /// <summary>
    /// What a mention or fact stores for <paramref name="id"/>: a node's number, an edge's negated, or, when neither is
    /// stored, a number reserved in <c>target_keys</c> for the node or edge to take when it arrives.
    /// </summary>
    public long Target(string id)
    {
        if (known.TryGetValue(id, out var no))
        {
            return no;
        }

        var isEdge = EdgeKey.TryParse(id, out var edge);
        if (!isEdge)
        {
            return Node(id);
        }

        // An edge can only be stored if both its ends are numbered.
        var stored = NodeIfNumbered(edge.FromId) is { } from && NodeIfNumbered(edge.ToId) is { } to ? StoredEdge(id, from, edge.Kind, to) : null;
        no = stored is { } found ? -found : Reserved(id) ?? Reserve(id, isEdge: true);
        known[id] = no;
        return no;
    }

    /// <summary>A node's number, or the one <c>target_keys</c> holds for the id; null when it has neither.</summary>
    private long? NodeIfNumbered(string id)
    {
        if (StoredNode(id) is { } stored)
        {
            return stored;
        }

        if (Reserved(id) is { } reserved and > 0)
        {
            known[id] = reserved;
            return reserved;
        }

        return null;
    }

    private long? Reserved(string id) => anyKeys ? (findKey ??= prepare("SELECT no FROM target_keys WHERE id = ?1")).Text(1, id).Scalar() : null;

    private long Reserve(string id, bool isEdge)
    {
        var no = isEdge ? -nextEdge++ : nextNode++;
        known[id] = no;
        (addKey ??= prepare("INSERT INTO target_keys (no, id) VALUES (?1, ?2)")).Int(1, no).Text(2, id).Execute();
        anyKeys = true;
        return no;
    }

    /// <summary>The number reserved for <paramref name="id"/> as a node (positive) or an edge (negative), now taken.</summary>
    private long? TakeReserved(string id, bool node)
    {
        if (!anyKeys)
        {
            return null;
        }

        var no = Reserved(id);
        if (no is null || no > 0 != node)
        {
            return null;
        }

        (dropKey ??= prepare("DELETE FROM target_keys WHERE id = ?1")).Text(1, id).Execute();
        return no;
    }
}
