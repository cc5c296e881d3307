using System.Globalization;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Sqlite.Schema;
using KnowledgeGraph.Storage.Sqlite.Writing;

namespace KnowledgeGraph.Bench.Ingestion;

/// <summary>
/// The floor for ingestion: the same rows the store writes, into the store's own schema (same tables, indexes and
/// search rows in the trigram and pair indexes), with plain <c>INSERT OR IGNORE</c>s (<see cref="RawSink"/>).
/// What it leaves out is exactly the store's own work: merging a node seen before (region, level, properties, first
/// seen), mention counts and the bulletin's re-commit check.
/// </summary>
internal sealed class RawSqliteSink : RawSink
{
    private readonly RawStatement entity;
    private readonly RawStatement alias;
    private readonly RawStatement relation;
    private readonly RawStatement mention;
    private readonly RawStatement fact;
    private long nextNo;

    public RawSqliteSink(string path)
        : base(path, connection => SqliteSchema.ApplyAsync(connection, Parts.SqliteOptions.PageSize, CancellationToken.None).GetAwaiter().GetResult())
    {
        // A file that already holds a history (the grown-file floor): new nodes are numbered after its own.
        nextNo = Scalar("SELECT ifnull(max(no), 0) FROM entities");
        entity = Prepare("INSERT OR IGNORE INTO entities (id, kind, name, region_code, level, status, properties, first_seen, no) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)");
        alias = Prepare("INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES ($1,$2)");
        relation = Prepare("INSERT OR IGNORE INTO relations (from_id, kind, to_id, properties) VALUES ($1,$2,$3,$4)");
        mention = Prepare("INSERT OR IGNORE INTO mention_spans (target_id, source_no, start, \"end\", sentence_id, extractor_version) VALUES ($1,$2,$3,$4,$5,$6)");
        fact = Prepare(
            """
            INSERT OR IGNORE INTO fact_rows (entity_id, metric, source_no, start, "end", value, unit, year, sentence_id, extractor_version)
            VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)
            """);
    }

    /// <summary>In key order, as a bulk loader sorts its input (and as the store flushes a group).</summary>
    protected override void Flush()
    {
        foreach (var (e, seen) in PendingEntities.OrderBy(p => p.Entity.Id, StringComparer.Ordinal))
        {
            var no = nextNo + 1;
            if (Run(entity, e.Id, e.Kind.ToString(), e.Name, e.RegionCode, e.Level, e.Status, StoredJson.Properties(e.Properties), seen, no) == 1)
            {
                nextNo = no;
                WriteSearchRows(no, e, name => Run(alias, e.Id, name) == 1);
            }
        }

        foreach (var r in PendingRelations.OrderBy(r => r.FromId, StringComparer.Ordinal).ThenBy(r => r.Kind.Code(), StringComparer.Ordinal).ThenBy(r => r.ToId, StringComparer.Ordinal))
        {
            Run(relation, r.FromId, r.Kind.Code(), r.ToId, StoredJson.Properties(r.Properties));
        }

        foreach (var m in PendingMentions.OrderBy(m => m.Target, StringComparer.Ordinal).ThenBy(m => m.Source).ThenBy(m => m.Start).ThenBy(m => m.End))
        {
            Run(mention, m.Target, m.Source, m.Start, m.End, m.Sentence, m.Version);
        }

        foreach (var (f, sourceNo, sentenceId) in PendingFacts
            .OrderBy(p => p.Fact.EntityId, StringComparer.Ordinal).ThenBy(p => p.Fact.Metric, StringComparer.Ordinal).ThenBy(p => p.Source).ThenBy(p => p.Fact.Mention.Start))
        {
            var m = f.Mention;
            Run(fact, f.EntityId, f.Metric, sourceNo, m.Start, m.End, f.Value.ToString(CultureInfo.InvariantCulture), f.Unit, f.Year, sentenceId, m.ExtractorVersion);
        }
    }
}
