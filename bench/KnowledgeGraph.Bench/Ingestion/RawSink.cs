using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Storage.Sqlite;
using KnowledgeGraph.Storage.Sqlite.Schema;
using KnowledgeGraph.Storage.Sqlite.Writing;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Bench.Ingestion;

/// <summary>
/// What every raw floor shares: one connection with the store writer's pragmas, prepared statements re-bound per
/// row through the SQLite API (<see cref="RawStatement"/>, as the store binds them: a floor through
/// <c>SqliteCommand</c> would cost more per row than the store itself), commits where the store commits (the caller
/// calls <see cref="Commit"/> after each commit group) with the store's WAL checkpoints, and bulletins, articles,
/// sources and sentences written as they come (they append). Nodes, edges, mentions and facts wait for the commit,
/// where the schema's own sink writes them (<see cref="Flush"/>).
/// </summary>
/// <remarks>
/// Bulletin ids and sentences are looked up in memory, and a node or edge named again is not sent to SQLite again,
/// as a bulk loader that owns the ids would (the store merges a commit group's repeats in memory too). One
/// transaction for 400 dense issues outgrew the cache and spilled, which made the "floor" slower than the store:
/// hence the commits.
/// </remarks>
internal abstract class RawSink : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly WalCheckpointer checkpointer;
    private readonly List<RawStatement> statements = [];
    private readonly RawStatement bulletin;
    private readonly RawStatement article;
    private readonly RawStatement source;
    private readonly RawStatement sentence;
    private readonly RawStatement text;
    private readonly RawStatement grams;
    private readonly Dictionary<string, long> sources = new(StringComparer.Ordinal);
    private readonly HashSet<string> entityIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> relationIds = new(StringComparer.Ordinal);
    private readonly Dictionary<(long, int, int, int, string, string), long> sentences = [];
    private SqliteTransaction transaction;

    /// <param name="createSchema">Creates the schema's tables and indexes on the open connection (idempotent: a grown file has them).</param>
    protected RawSink(string path, Action<SqliteConnection> createSchema)
    {
        ArgumentNullException.ThrowIfNull(createSchema);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(new SqliteConnectionFactory(Parts.SqliteOptions).WriterPragmas);
        createSchema(connection);
        SqliteConnectionFactory.SetBackstopCheckpoint(connection);
        checkpointer = new WalCheckpointer(connectionString);
        transaction = connection.BeginTransaction();
        bulletin = Prepare("INSERT OR IGNORE INTO bulletins (id, name, status, received_at, ingested_at, articles, entities, relations, size_bytes) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)");
        article = Prepare("INSERT OR IGNORE INTO articles (bulletin_id, article_index, title, start, \"end\", sentence_count) VALUES ($1,$2,$3,$4,$5,$6)");
        source = Prepare("INSERT INTO sources (bulletin_id) VALUES ($1)");
        text = Prepare("INSERT INTO entity_text (rowid, text) VALUES ($1,$2)");
        grams = Prepare("INSERT INTO entity_grams (rowid, grams) VALUES ($1,$2)");
        sentence = Prepare("INSERT INTO sentences (source_no, article_index, sentence_index, sentence_start, article_title, sentence) VALUES ($1,$2,$3,$4,$5,$6)");
    }

    protected List<(Entity Entity, long Seen)> PendingEntities { get; } = [];

    protected List<Relation> PendingRelations { get; } = [];

    protected List<(string Target, long Source, int Start, int End, long Sentence, string Version)> PendingMentions { get; } = [];

    protected List<(QuantFact Fact, long Source, long Sentence)> PendingFacts { get; } = [];

    public void Write(Bulletin b, BulletinGraph graph)
    {
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(graph);
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
                PendingEntities.Add((e, seen));
            }
        }

        foreach (var r in graph.Relations)
        {
            if (relationIds.Add(r.Id))
            {
                PendingRelations.Add(r);
            }
        }

        foreach (var m in graph.Mentions)
        {
            var (sourceNo, sentenceId) = SentenceOf(m);
            PendingMentions.Add((m.TargetId, sourceNo, m.Start, m.End, sentenceId, m.ExtractorVersion));
        }

        foreach (var f in graph.Facts)
        {
            var (sourceNo, sentenceId) = SentenceOf(f.Mention);
            PendingFacts.Add((f, sourceNo, sentenceId));
        }
    }

    /// <summary>Writes the group's nodes, edges, mentions and facts (<see cref="Flush"/>), commits, and opens the next transaction.</summary>
    public void Commit()
    {
        Flush();
        PendingEntities.Clear();
        PendingRelations.Clear();
        PendingMentions.Clear();
        PendingFacts.Clear();
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

    /// <summary>Writes the pending nodes, edges, mentions and facts, in the schema's key order.</summary>
    protected abstract void Flush();

    /// <summary>
    /// A new node's search rows, numbered as the store numbers them (<see cref="SearchText"/>): its name, then each
    /// alias <paramref name="addAlias"/> stored, in both search indexes (both schemas share them).
    /// </summary>
    protected void WriteSearchRows(long no, Entity e, Func<string, bool> addAlias)
    {
        ArgumentNullException.ThrowIfNull(e);
        ArgumentNullException.ThrowIfNull(addAlias);
        Run(text, no << SearchText.Shift, e.Name);
        Run(grams, no << SearchText.Shift, SearchGrams.Of(e.Name));
        var k = 0L;
        foreach (var name in e.Aliases)
        {
            if (!string.Equals(name, e.Name, StringComparison.Ordinal) && addAlias(name))
            {
                Run(text, (no << SearchText.Shift) | ++k, name);
                Run(grams, (no << SearchText.Shift) | k, SearchGrams.Of(name));
            }
        }
    }

    protected long Scalar(string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    protected RawStatement Prepare(string sql)
    {
        var statement = new RawStatement(connection, sql);
        statements.Add(statement);
        return statement;
    }

    /// <returns>Rows changed: 0 when an <c>INSERT OR IGNORE</c> found the key there already.</returns>
    protected int Run(RawStatement statement, params object?[] values)
    {
        Bind(statement, values);
        return statement.Execute();
    }

    /// <summary>The new row's rowid, as the store reads it (not RETURNING, which costs a temporary table per execution).</summary>
    protected long Insert(RawStatement statement, params object?[] values)
    {
        Bind(statement, values);
        return statement.Insert();
    }

    protected static void Bind(RawStatement statement, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(values);
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

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
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
}
