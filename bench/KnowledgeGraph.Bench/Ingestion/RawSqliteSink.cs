using System.Globalization;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Sqlite.Keys;
using KnowledgeGraph.Storage.Sqlite.Schema;
using KnowledgeGraph.Storage.Sqlite.Writing;

namespace KnowledgeGraph.Bench.Ingestion;

/// <summary>
/// The floor for ingestion: the same rows the store writes, into the store's own schema (same tables, indexes and
/// search rows in the trigram and pair indexes), with plain <c>INSERT OR IGNORE</c>s (<see cref="RawSink"/>), and
/// nodes and edges numbered as the store numbers them (a mention or fact names its target by number). What it
/// leaves out is exactly the store's own work: merging a node seen before (region, level, properties, first seen),
/// mention counts and the bulletin's re-commit check.
/// </summary>
internal sealed class RawSqliteSink : RawSink
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

    /// <summary>Numbers of the nodes and edges written or looked up so far; an edge's by its id (<see cref="RelationIds"/>), negated.</summary>
    private readonly Dictionary<string, long> numbers = new(StringComparer.Ordinal);
    private long lastNode;
    private long lastEdge;

    public RawSqliteSink(string path)
        : base(path, connection => SqliteSchema.ApplyAsync(connection, Parts.SqliteOptions.PageSize, CancellationToken.None).GetAwaiter().GetResult())
    {
        // A file that already holds a history (the grown-file floor): new nodes and edges are numbered after its own.
        lastNode = Scalar("SELECT max((SELECT ifnull(max(no), 0) FROM entities), (SELECT ifnull(max(no), 0) FROM target_keys))");
        lastEdge = Scalar("SELECT max((SELECT ifnull(max(no), 0) FROM relations), (SELECT ifnull(-min(no), 0) FROM target_keys))");
        entity = Prepare("INSERT OR IGNORE INTO entities (id, kind, name, region_code, level, status, properties, first_seen, no) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)");
        nodeNo = Prepare("SELECT no FROM entities WHERE id = $1");
        keyNo = Prepare("SELECT no FROM target_keys WHERE id = $1");
        addKey = Prepare("INSERT INTO target_keys (no, id) VALUES ($1, $2)");
        alias = Prepare("INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES ($1,$2)");
        relation = Prepare("INSERT OR IGNORE INTO relations (from_no, kind, to_no, properties, no) VALUES ($1,$2,$3,$4,$5)");
        edgeNo = Prepare("SELECT no FROM relations WHERE from_no = $1 AND kind = $2 AND to_no = $3");
        mention = Prepare("INSERT OR IGNORE INTO mention_spans (target_no, source_no, start, \"end\", sentence_id, extractor_version) VALUES ($1,$2,$3,$4,$5,$6)");
        fact = Prepare(
            """
            INSERT OR IGNORE INTO fact_rows (entity_no, metric, source_no, start, "end", value, unit, year, sentence_id, extractor_version)
            VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)
            """);
    }

    /// <summary>Nodes in key order, as a bulk loader sorts its input (and as the store flushes a group); edges, mentions and facts in number order.</summary>
    protected override void Flush()
    {
        foreach (var (e, seen) in PendingEntities.OrderBy(p => p.Entity.Id, StringComparer.Ordinal))
        {
            var no = lastNode + 1;
            if (Run(entity, e.Id, e.Kind.ToString(), e.Name, e.RegionCode, e.Level, e.Status, StoredJson.Properties(e.Properties), seen, no) == 1)
            {
                lastNode = no;
                numbers[e.Id] = no;
                WriteSearchRows(no, e, name => Run(alias, e.Id, name) == 1);
            }
        }

        foreach (var (from, kind, to, r) in PendingRelations.Select(r => (From: Node(r.FromId), Kind: r.Kind.Code(), To: Node(r.ToId), r))
            .OrderBy(r => r.From).ThenBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.To))
        {
            var no = lastEdge + 1;
            if (Run(relation, from, kind, to, StoredJson.Properties(r.Properties), no) == 1)
            {
                lastEdge = no;
                numbers[r.Id] = -no;
            }
        }

        foreach (var (target, m) in PendingMentions.Select(m => (Target(m.Target), m)).OrderBy(m => m.Item1).ThenBy(m => m.m.Source).ThenBy(m => m.m.Start).ThenBy(m => m.m.End))
        {
            Run(mention, target, m.Source, m.Start, m.End, m.Sentence, m.Version);
        }

        foreach (var (no, f, sourceNo, sentenceId) in PendingFacts.Select(p => (Target(p.Fact.EntityId), p.Fact, p.Source, p.Sentence))
            .OrderBy(p => p.Item1).ThenBy(p => p.Fact.Metric, StringComparer.Ordinal).ThenBy(p => p.Source).ThenBy(p => p.Fact.Mention.Start))
        {
            var m = f.Mention;
            Run(fact, no, f.Metric, sourceNo, m.Start, m.End, f.Value.ToString(CultureInfo.InvariantCulture), f.Unit, f.Year, sentenceId, m.ExtractorVersion);
        }
    }

    /// <summary>A mention's or fact's target: its node's number, its edge's negated, or one reserved in <c>target_keys</c>.</summary>
    private long Target(string id)
    {
        if (numbers.TryGetValue(id, out var no))
        {
            return no;
        }

        if (!EdgeKey.TryParse(id, out var edge))
        {
            return Node(id);
        }

        Bind(edgeNo, Node(edge.FromId), edge.Kind, Node(edge.ToId));
        no = -edgeNo.Scalar() ?? Reserved(id) ?? Reserve(id, -++lastEdge);
        numbers[id] = no;
        return no;
    }

    /// <summary>A node's number: its row's, or one reserved in <c>target_keys</c> (an edge's end may come before its node).</summary>
    private long Node(string id)
    {
        if (numbers.TryGetValue(id, out var no))
        {
            return no;
        }

        Bind(nodeNo, id);
        no = nodeNo.Scalar() ?? Reserved(id) ?? Reserve(id, ++lastNode);
        numbers[id] = no;
        return no;
    }

    private long? Reserved(string id)
    {
        Bind(keyNo, id);
        return keyNo.Scalar();
    }

    private long Reserve(string id, long no)
    {
        Run(addKey, no, id);
        return no;
    }
}
