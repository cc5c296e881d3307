using System.Globalization;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Sqlite.Schema;
using KnowledgeGraph.Storage.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Bench.Ingestion;

/// <summary>
/// The floor for ingestion: the same rows the store writes, into the store's own schema (same tables, indexes and
/// search rows in the trigram and pair indexes), with plain prepared <c>INSERT OR IGNORE</c>s reused for every row. Rows are bound and
/// stepped through the SQLite API (<see cref="RawStatement"/>), as the store binds them: a floor through
/// <c>SqliteCommand</c> would cost more per row than the store itself. It commits where the store commits (the caller
/// calls <see cref="Commit"/> after each commit group) with the store writer's page cache and WAL checkpoints:
/// one transaction for 400 dense issues outgrew the cache and spilled, which made the "floor" slower than the store.
/// What it leaves out is exactly the store's own work: merging a node seen before (region, level, properties, first
/// seen), mention counts and the bulletin's re-commit check.
/// Bulletin ids and sentences are looked up in memory, and a node or edge named again is not sent to SQLite again,
/// as a bulk loader that owns the ids would (the store merges a commit group's repeats in memory too).
/// </summary>
internal sealed class RawSqliteSink : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly WalCheckpointer checkpointer;
    private SqliteTransaction transaction;
    private readonly List<RawStatement> statements = [];
    private readonly RawStatement bulletin;
    private readonly RawStatement article;
    private readonly RawStatement entity;
    private readonly RawStatement alias;
    private readonly RawStatement text;
    private readonly RawStatement grams;
    private readonly RawStatement relation;
    private readonly RawStatement source;
    private readonly RawStatement sentence;
    private readonly RawStatement mention;
    private readonly RawStatement fact;
    private readonly Dictionary<string, long> sources = new(StringComparer.Ordinal);
    private readonly HashSet<string> entityIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> relationIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(long, int, int, int, string, string), long> sentences = [];
    private readonly List<(Entity Entity, long Seen)> pendingEntities = [];
    private long nextNo;
    private readonly List<Relation> pendingRelations = [];
    private readonly List<(string Target, long Source, int Start, int End, long Sentence, string Version)> pendingMentions = [];
    private readonly List<(QuantFact Fact, long Source, long Sentence)> pendingFacts = [];

    public RawSqliteSink(string path)
    {
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using (var pragmas = connection.CreateCommand())
        {
            pragmas.CommandText = new SqliteConnectionFactory(Parts.SqliteOptions).WriterPragmas;
            pragmas.ExecuteNonQuery();
        }

        SqliteSchema.ApplyAsync(connection, Parts.SqliteOptions.PageSize, CancellationToken.None).GetAwaiter().GetResult();
        SqliteConnectionFactory.SetBackstopCheckpoint(connection);
        using (var numbered = connection.CreateCommand())
        {
            // A file that already holds a history (the grown-file floor): new nodes are numbered after its own.
            numbered.CommandText = "SELECT ifnull(max(no), 0) FROM entities";
            nextNo = (long)numbered.ExecuteScalar()!;
        }

        checkpointer = new WalCheckpointer(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        transaction = connection.BeginTransaction();
        bulletin = Prepare("INSERT OR IGNORE INTO bulletins (id, name, status, received_at, ingested_at, articles, entities, relations, size_bytes) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)", 9);
        article = Prepare("INSERT OR IGNORE INTO articles (bulletin_id, article_index, title, start, \"end\", sentence_count) VALUES ($1,$2,$3,$4,$5,$6)", 6);
        entity = Prepare("INSERT OR IGNORE INTO entities (id, kind, name, region_code, level, status, properties, first_seen, no) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)", 9);
        alias = Prepare("INSERT OR IGNORE INTO aliases (entity_id, alias) VALUES ($1,$2)", 2);
        text = Prepare("INSERT INTO entity_text (rowid, text) VALUES ($1,$2)", 2);
        grams = Prepare("INSERT INTO entity_grams (rowid, grams) VALUES ($1,$2)", 2);
        relation = Prepare("INSERT OR IGNORE INTO relations (from_id, kind, to_id, properties) VALUES ($1,$2,$3,$4)", 4);
        source = Prepare("INSERT INTO sources (bulletin_id) VALUES ($1)", 1);
        sentence = Prepare("INSERT INTO sentences (source_no, article_index, sentence_index, sentence_start, article_title, sentence) VALUES ($1,$2,$3,$4,$5,$6)", 6);
        mention = Prepare("INSERT OR IGNORE INTO mention_spans (target_id, source_no, start, \"end\", sentence_id, extractor_version) VALUES ($1,$2,$3,$4,$5,$6)", 6);
        fact = Prepare(
            """
            INSERT OR IGNORE INTO fact_rows (entity_id, metric, source_no, start, "end", value, unit, year, sentence_id, extractor_version)
            VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)
            """,
            10);
    }

    public long Rows { get; private set; }

    /// <summary>
    /// Bulletins, articles, sources and sentences go in at once (they append); nodes, edges, mentions and facts wait
    /// for <see cref="Commit"/> and go in key order, as a bulk loader sorts its input (and as the store flushes a group).
    /// </summary>
    public void Write(Bulletin b, BulletinGraph graph)
    {
        var seen = (b.IngestedAt ?? b.ReceivedAt).UtcTicks;
        Run(bulletin, b.Id, b.Name, nameof(BulletinStatus.Ingested), b.ReceivedAt.UtcTicks, seen, graph.Articles.Count, graph.Entities.Count, graph.Relations.Count, b.SizeBytes);
        foreach (var a in graph.Articles)
        {
            Run(article, a.BulletinId, a.Index, a.Title, a.Start, a.End, a.SentenceCount);
        }

        foreach (var e in graph.Entities)
        {
            if (entityIds.Add(e.Id))
            {
                pendingEntities.Add((e, seen));
            }
        }

        foreach (var r in graph.Relations)
        {
            if (relationIds.Add(r.Id))
            {
                pendingRelations.Add(r);
            }
        }

        foreach (var m in graph.Mentions)
        {
            var (sourceNo, sentenceId) = SentenceOf(m);
            pendingMentions.Add((m.TargetId, sourceNo, m.Start, m.End, sentenceId, m.ExtractorVersion));
        }

        foreach (var f in graph.Facts)
        {
            var (sourceNo, sentenceId) = SentenceOf(f.Mention);
            pendingFacts.Add((f, sourceNo, sentenceId));
        }
    }

    /// <summary>Writes the group's nodes, edges, mentions and facts in key order, commits, and opens the next transaction.</summary>
    public void Commit()
    {
        foreach (var (e, seen) in pendingEntities.OrderBy(p => p.Entity.Id, StringComparer.Ordinal))
        {
            // Search rows numbered as the store numbers them (SearchText): the name, then each alias added, in both search indexes.
            var no = nextNo + 1;
            if (Run(entity, e.Id, e.Kind.ToString(), e.Name, e.RegionCode, e.Level, e.Status, StoredJson.Properties(e.Properties), seen, no) == 1)
            {
                nextNo = no;
                Run(text, no << SearchText.Shift, e.Name);
                Run(grams, no << SearchText.Shift, SearchGrams.Of(e.Name));
                var k = 0L;
                foreach (var name in e.Aliases)
                {
                    if (!string.Equals(name, e.Name, StringComparison.Ordinal) && Run(alias, e.Id, name) == 1)
                    {
                        Run(text, (no << SearchText.Shift) | ++k, name);
                        Run(grams, (no << SearchText.Shift) | k, SearchGrams.Of(name));
                    }
                }
            }
        }

        foreach (var r in pendingRelations.OrderBy(r => r.FromId, StringComparer.Ordinal).ThenBy(r => r.Kind.Code(), StringComparer.Ordinal).ThenBy(r => r.ToId, StringComparer.Ordinal))
        {
            Run(relation, r.FromId, r.Kind.Code(), r.ToId, StoredJson.Properties(r.Properties));
        }

        foreach (var m in pendingMentions.OrderBy(m => m.Target, StringComparer.Ordinal).ThenBy(m => m.Source).ThenBy(m => m.Start).ThenBy(m => m.End))
        {
            Run(mention, m.Target, m.Source, m.Start, m.End, m.Sentence, m.Version);
        }

        foreach (var (f, sourceNo, sentenceId) in pendingFacts
            .OrderBy(p => p.Fact.EntityId, StringComparer.Ordinal).ThenBy(p => p.Fact.Metric, StringComparer.Ordinal).ThenBy(p => p.Source).ThenBy(p => p.Fact.Mention.Start))
        {
            var m = f.Mention;
            Run(fact, f.EntityId, f.Metric, sourceNo, m.Start, m.End, f.Value.ToString(CultureInfo.InvariantCulture), f.Unit, f.Year, sentenceId, m.ExtractorVersion);
        }

        pendingEntities.Clear();
        pendingRelations.Clear();
        pendingMentions.Clear();
        pendingFacts.Clear();
        transaction.Commit();
        checkpointer.Request();
        transaction.Dispose();
        transaction = connection.BeginTransaction();
    }

    public void Dispose()
    {
        checkpointer.Dispose();
        foreach (var statement in statements)
        {
            statement.Dispose();
        }

        transaction.Dispose();
        connection.Dispose();
    }

    private (long Source, long Sentence) SentenceOf(Mention m)
    {
        if (!sources.TryGetValue(m.BulletinId, out var sourceNo))
        {
            sourceNo = Insert(source, m.BulletinId);
            sources[m.BulletinId] = sourceNo;
        }

        var key = (sourceNo, m.ArticleIndex, m.SentenceIndex, m.SentenceStart, m.ArticleTitle, m.Sentence);
        if (!sentences.TryGetValue(key, out var sentenceId))
        {
            sentenceId = Insert(sentence, sourceNo, m.ArticleIndex, m.SentenceIndex, m.SentenceStart, m.ArticleTitle, m.Sentence);
            sentences[key] = sentenceId;
        }

        return (sourceNo, sentenceId);
    }

    /// <summary><paramref name="parameters"/> is the number of <c>$n</c> placeholders (kept for reading the SQL).</summary>
    private RawStatement Prepare(string sql, int parameters)
    {
        _ = parameters;
        var statement = new RawStatement(connection, sql);
        statements.Add(statement);
        return statement;
    }

    private int Run(RawStatement statement, params object?[] values)
    {
        Bind(statement, values);
        Rows++;
        return statement.Execute();
    }

    /// <summary>The new row's rowid, as the store reads it (not RETURNING, which costs a temporary table per execution).</summary>
    private long Insert(RawStatement statement, params object?[] values)
    {
        Bind(statement, values);
        Rows++;
        return statement.Insert();
    }

    private static void Bind(RawStatement statement, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            _ = values[i] switch
            {
                null => statement.Text(i + 1, null),
                string text => statement.Text(i + 1, text),
                int number => statement.Int(i + 1, number),
                long number => statement.Int(i + 1, number),
                _ => throw new ArgumentException($"Unsupported value type {values[i]!.GetType().Name}.", nameof(values)),
            };
        }
    }
}
