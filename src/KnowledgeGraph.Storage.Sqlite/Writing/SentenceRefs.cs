using KnowledgeGraph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// Turns a mention's bulletin id and sentence into the row numbers <c>mention_spans</c> refers to, inserting each
/// bulletin id and each sentence once. A sentence row is reused only when every stored field matches, so a
/// re-extraction that splits sentences differently gets its own rows and earlier mentions keep their text.
/// A bulletin id the batch itself added has no sentences in the file yet, so its sentences are not looked up there.
/// </summary>
internal sealed class SentenceRefs(SqliteConnection connection) : IDisposable
{
    private const string FindSentenceSql = """
        SELECT id FROM sentences
         WHERE source_no = ?1 AND article_index = ?2 AND sentence_index = ?3 AND sentence_start = ?4
           AND article_title = ?5 AND sentence = ?6
        """;

    /// <summary>
    /// The new row's id is read with <see cref="RawStatement.Insert"/>, not RETURNING: SQLite runs a RETURNING insert
    /// through a temporary table, and for a group's ~15,000 sentences that was 65–90 ms of the writer's time against
    /// 17–23 ms without it (docs/benchmarks-history.md).
    /// </summary>
    private const string AddSentenceSql = """
        INSERT INTO sentences (source_no, article_index, sentence_index, sentence_start, article_title, sentence)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        """;

    private readonly Dictionary<string, long> sources = new(StringComparer.Ordinal);
    private readonly HashSet<long> addedSources = [];
    private readonly Dictionary<SentenceKey, long> known = [];
    private RawStatement? findSource;
    private RawStatement? addSource;
    private RawStatement? findSentence;
    private RawStatement? addSentence;

    public (long Source, long Sentence) Resolve(Mention m)
    {
        var source = Source(m.BulletinId);
        var key = new SentenceKey(source, m.ArticleIndex, m.SentenceIndex, m.SentenceStart, m.ArticleTitle, m.Sentence);
        if (!known.TryGetValue(key, out var sentence))
        {
            sentence = (addedSources.Contains(source) ? null : Bind(findSentence ??= new RawStatement(connection, FindSentenceSql), key).Scalar())
                ?? Bind(addSentence ??= new RawStatement(connection, AddSentenceSql), key).Insert();
            known[key] = sentence;
        }

        return (source, sentence);
    }

    /// <summary>Whether this batch added the bulletin id, i.e. the file held nothing of it before.</summary>
    public bool IsNew(long source) => addedSources.Contains(source);

    public void Dispose()
    {
        findSource?.Dispose();
        addSource?.Dispose();
        findSentence?.Dispose();
        addSentence?.Dispose();
    }

    private long Source(string bulletinId)
    {
        if (sources.TryGetValue(bulletinId, out var no))
        {
            return no;
        }

        findSource ??= new RawStatement(connection, "SELECT no FROM sources WHERE bulletin_id = ?1");
        if (findSource.Text(1, bulletinId).Scalar() is { } existing)
        {
            no = existing;
        }
        else
        {
            addSource ??= new RawStatement(connection, "INSERT INTO sources (bulletin_id) VALUES (?1)");
            no = addSource.Text(1, bulletinId).Insert();
            addedSources.Add(no);
        }

        sources[bulletinId] = no;
        return no;
    }

    private static RawStatement Bind(RawStatement statement, SentenceKey k) =>
        statement.Int(1, k.Source).Int(2, k.ArticleIndex).Int(3, k.SentenceIndex).Int(4, k.SentenceStart).Text(5, k.ArticleTitle).Text(6, k.Sentence);

    private readonly record struct SentenceKey(long Source, int ArticleIndex, int SentenceIndex, int SentenceStart, string ArticleTitle, string Sentence);
}
