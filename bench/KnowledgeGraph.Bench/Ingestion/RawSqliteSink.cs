using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Bench.Ingestion;

/// <summary>
/// The floor for ingestion: the same rows the store writes, inserted with prepared statements into equivalent tables
/// (primary keys plus the lookup indexes any graph store needs) in one transaction. No merge logic, no alias union.
/// A 64 MB page cache keeps random-key index inserts from spilling to the WAL mid-transaction.
/// </summary>
internal sealed class RawSqliteSink : IDisposable
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = NORMAL;
        PRAGMA cache_size = -65536;
        CREATE TABLE bulletins (id TEXT PRIMARY KEY, name TEXT NOT NULL, status TEXT NOT NULL, received_at TEXT NOT NULL);
        CREATE TABLE articles (bulletin_id TEXT NOT NULL, idx INTEGER NOT NULL, title TEXT NOT NULL, start INTEGER, end INTEGER, PRIMARY KEY (bulletin_id, idx));
        CREATE TABLE entities (id TEXT PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, region_code TEXT, level TEXT, status TEXT, aliases TEXT, props TEXT);
        CREATE INDEX ix_entities_region ON entities (region_code);
        CREATE INDEX ix_entities_kind_name ON entities (kind, name);
        CREATE TABLE relations (id TEXT PRIMARY KEY, from_id TEXT NOT NULL, kind TEXT NOT NULL, to_id TEXT NOT NULL, props TEXT);
        CREATE INDEX ix_relations_from ON relations (from_id, kind);
        CREATE INDEX ix_relations_to ON relations (to_id, kind);
        CREATE TABLE mentions (key TEXT PRIMARY KEY, target_id TEXT NOT NULL, bulletin_id TEXT NOT NULL, article_index INTEGER, sentence_index INTEGER, sentence TEXT, sentence_start INTEGER, start INTEGER, end INTEGER, extractor TEXT);
        CREATE INDEX ix_mentions_target ON mentions (target_id);
        CREATE TABLE facts (key TEXT PRIMARY KEY, entity_id TEXT NOT NULL, metric TEXT, value TEXT, unit TEXT, year INTEGER, mention_key TEXT);
        CREATE INDEX ix_facts_entity ON facts (entity_id);
        """;

    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly SqliteCommand bulletin;
    private readonly SqliteCommand article;
    private readonly SqliteCommand entity;
    private readonly SqliteCommand relation;
    private readonly SqliteCommand mention;
    private readonly SqliteCommand fact;

    public RawSqliteSink(string path)
    {
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = Schema;
            create.ExecuteNonQuery();
        }

        transaction = connection.BeginTransaction();
        bulletin = Prepare("INSERT OR IGNORE INTO bulletins VALUES ($1,$2,$3,$4)", 4);
        article = Prepare("INSERT OR IGNORE INTO articles VALUES ($1,$2,$3,$4,$5)", 5);
        entity = Prepare("INSERT OR IGNORE INTO entities VALUES ($1,$2,$3,$4,$5,$6,$7,$8)", 8);
        relation = Prepare("INSERT OR IGNORE INTO relations VALUES ($1,$2,$3,$4,$5)", 5);
        mention = Prepare("INSERT OR IGNORE INTO mentions VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)", 10);
        fact = Prepare("INSERT OR IGNORE INTO facts VALUES ($1,$2,$3,$4,$5,$6,$7)", 7);
    }

    public long Rows { get; private set; }

    public void Write(Bulletin b, BulletinGraph graph)
    {
        Run(bulletin, b.Id, b.Name, b.Status.ToString(), b.ReceivedAt.ToString("O", CultureInfo.InvariantCulture));
        foreach (var a in graph.Articles)
        {
            Run(article, a.BulletinId, a.Index, a.Title, a.Start, a.End);
        }

        foreach (var e in graph.Entities)
        {
            Run(entity, e.Id, e.Kind.ToString(), e.Name, e.RegionCode, e.Level, e.Status, Json(e.Aliases), Json(e.Properties));
        }

        foreach (var r in graph.Relations)
        {
            Run(relation, r.Id, r.FromId, r.Kind.Code(), r.ToId, Json(r.Properties));
        }

        foreach (var m in graph.Mentions)
        {
            Run(mention, m.Key, m.TargetId, m.BulletinId, m.ArticleIndex, m.SentenceIndex, m.Sentence, m.SentenceStart, m.Start, m.End, m.ExtractorVersion);
        }

        foreach (var f in graph.Facts)
        {
            Run(fact, f.Key, f.EntityId, f.Metric, f.Value.ToString(CultureInfo.InvariantCulture), f.Unit, f.Year, f.Mention.Key);
        }
    }

    public void Commit() => transaction.Commit();

    public void Dispose()
    {
        foreach (var command in new[] { bulletin, article, entity, relation, mention, fact })
        {
            command.Dispose();
        }

        transaction.Dispose();
        connection.Dispose();
    }

    private static string? Json<T>(IReadOnlyCollection<T> value) => value.Count == 0 ? null : JsonSerializer.Serialize(value);

    private SqliteCommand Prepare(string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter("$" + i.ToString(CultureInfo.InvariantCulture), null));
        }

        command.Prepare();
        return command;
    }

    private void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
        Rows++;
    }
}
