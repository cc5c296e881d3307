using System.Globalization;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Sqlite.Writing;

namespace KnowledgeGraph.Bench.Ingestion;

/// <summary>
/// The raw floor on <see cref="IntegerKeySchema"/>: the same rows as <see cref="RawSqliteSink"/> writes, with nodes
/// and edges numbered in arrival order and every reference to them by number. What the grown-file rate could reach
/// with integer keys, measured beside the text-keyed floor in the same run.
/// </summary>
internal sealed class IntegerKeySink : RawSink
{
    private readonly RawStatement entity;
    private readonly RawStatement nodeNo;
    private readonly RawStatement keyNo;
    private readonly RawStatement addKey;
    private readonly RawStatement alias;
    private readonly RawStatement relation;
    private readonly RawStatement edgeNo;
    private readonly RawStatement mention;
    private readonly RawStatement fact;

    /// <summary>Numbers of the nodes and edges written or looked up so far; an edge by its id (<see cref="RelationIds"/>), negated.</summary>
    private readonly Dictionary<string, long> numbers = new(StringComparer.Ordinal);

    /// <summary>Ids known to have a node row (the others in <see cref="numbers"/> are reserved or edges).</summary>
    private readonly HashSet<string> stored = new(StringComparer.Ordinal);
    private long lastNode;
    private long lastEdge;

    public IntegerKeySink(string path)
        : base(path, connection =>
        {
            using var create = connection.CreateCommand();
            create.CommandText = IntegerKeySchema.CreateSql(Parts.SqliteOptions.PageSize);
            create.ExecuteNonQuery();
        })
    {
        // A file that already holds a history: new nodes and edges are numbered after its own.
        lastNode = Scalar("SELECT max((SELECT ifnull(max(no), 0) FROM entities), (SELECT ifnull(max(no), 0) FROM node_keys))");
        lastEdge = Scalar("SELECT ifnull(max(no), 0) FROM relations");
        entity = Prepare("INSERT INTO entities (no, id, kind, name, region_code, level, status, properties, first_seen) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)");
        nodeNo = Prepare("SELECT no FROM entities WHERE id = $1");
        keyNo = Prepare("SELECT no FROM node_keys WHERE id = $1");
        addKey = Prepare("INSERT INTO node_keys (no, id) VALUES ($1, $2)");
        alias = Prepare("INSERT OR IGNORE INTO aliases (entity_no, alias) VALUES ($1,$2)");
        relation = Prepare("INSERT OR IGNORE INTO relations (from_no, kind, to_no, no, properties) VALUES ($1,$2,$3,$4,$5)");
        edgeNo = Prepare("SELECT no FROM relations WHERE from_no = $1 AND kind = $2 AND to_no = $3");
        mention = Prepare("INSERT OR IGNORE INTO mention_spans (target_no, source_no, start, \"end\", sentence_id, extractor_version) VALUES ($1,$2,$3,$4,$5,$6)");
        fact = Prepare(
            """
            INSERT OR IGNORE INTO fact_rows (entity_no, metric, source_no, start, "end", value, unit, year, sentence_id, extractor_version)
            VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)
            """);
    }

    /// <summary>
    /// New nodes in the order they came, so their rows and numbers append; edges, mentions and facts in number
    /// order, so a new node's go to the end of each tree and an old node's land beside its others.
    /// </summary>
    protected override void Flush()
    {
        foreach (var (e, seen) in PendingEntities)
        {
            if (Stored(e.Id) != 0)
            {
                continue;
            }

            // A node named before it arrived keeps the number it was given then.
            var no = Reserved(e.Id) is var reserved and not 0 ? reserved : ++lastNode;
            numbers[e.Id] = no;
            stored.Add(e.Id);
            Run(entity, no, e.Id, e.Kind.ToString(), e.Name, e.RegionCode, e.Level, e.Status, StoredJson.Properties(e.Properties), seen);
            WriteSearchRows(no, e, name => Run(alias, no, name) == 1);
        }

        foreach (var (from, kind, to, r) in PendingRelations.Select(r => (From: Node(r.FromId), Kind: r.Kind.Code(), To: Node(r.ToId), r))
            .OrderBy(r => r.From).ThenBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.To))
        {
            var no = lastEdge + 1;
            if (Run(relation, from, kind, to, no, StoredJson.Properties(r.Properties)) == 1)
            {
                lastEdge = no;
                numbers[r.Id] = -no;
            }
            else
            {
                numbers[r.Id] = -Edge(from, kind, to);
            }
        }

        foreach (var (target, m) in PendingMentions.Select(m => (Target(m.Target), m)).OrderBy(m => m.Item1).ThenBy(m => m.m.Source).ThenBy(m => m.m.Start).ThenBy(m => m.m.End))
        {
            Run(mention, target, m.Source, m.Start, m.End, m.Sentence, m.Version);
        }

        foreach (var (no, f, sourceNo, sentenceId) in PendingFacts.Select(p => (Node(p.Fact.EntityId), p.Fact, p.Source, p.Sentence))
            .OrderBy(p => p.Item1).ThenBy(p => p.Fact.Metric, StringComparer.Ordinal).ThenBy(p => p.Source).ThenBy(p => p.Fact.Mention.Start))
        {
            var m = f.Mention;
            Run(fact, no, f.Metric, sourceNo, m.Start, m.End, f.Value.ToString(CultureInfo.InvariantCulture), f.Unit, f.Year, sentenceId, m.ExtractorVersion);
        }
    }

    /// <summary>A mention's target: its edge's number negated when the id is an edge's (from|kind|to), else its node's.</summary>
    private long Target(string id)
    {
        if (numbers.TryGetValue(id, out var no))
        {
            return no;
        }

        var parts = id.Split('|');
        if (parts.Length != 3)
        {
            return Node(id);
        }

        no = -Edge(Node(parts[0]), parts[1], Node(parts[2]));
        numbers[id] = no;
        return no;
    }

    /// <summary>The number of a node that is referenced: stored, reserved, or reserved now (<c>node_keys</c>).</summary>
    private long Node(string id)
    {
        if (numbers.TryGetValue(id, out var no))
        {
            return no;
        }

        no = Stored(id);
        no = no != 0 ? no : Reserved(id);
        if (no != 0)
        {
            return no;
        }

        no = ++lastNode;
        Run(addKey, no, id);
        numbers[id] = no;
        return no;
    }

    /// <summary>The number of a node row that holds <paramref name="id"/>, from memory or the file; 0 when none does.</summary>
    private long Stored(string id)
    {
        if (stored.Contains(id))
        {
            return numbers[id];
        }

        Bind(nodeNo, id);
        var no = nodeNo.Scalar() ?? 0;
        if (no != 0)
        {
            numbers[id] = no;
            stored.Add(id);
        }

        return no;
    }

    /// <summary>The number reserved for <paramref name="id"/> by an earlier reference; 0 when it has none.</summary>
    private long Reserved(string id)
    {
        if (numbers.TryGetValue(id, out var no))
        {
            return no;
        }

        Bind(keyNo, id);
        no = keyNo.Scalar() ?? 0;
        if (no != 0)
        {
            numbers[id] = no;
        }

        return no;
    }

    private long Edge(long from, string kind, long to)
    {
        Bind(edgeNo, from, kind, to);
        return edgeNo.Scalar() ?? throw new InvalidOperationException($"No edge {from}|{kind}|{to}.");
    }
}
