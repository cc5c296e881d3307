using KnowledgeGraph.Domain.Model;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// Turns a mention's bulletin id and sentence into the row numbers <c>mention_spans</c> refers to, inserting each
/// bulletin id and each sentence once. A sentence row is reused only when every stored field matches, so a
/// re-extraction that splits sentences differently gets its own rows and earlier mentions keep their text.
/// </summary>
internal sealed class SentenceRefs(SqliteConnection connection, SqliteTransaction transaction) : IDisposable
{
    private readonly Dictionary<string, long> sources = new(StringComparer.Ordinal);
    private readonly Dictionary<SentenceKey, long> known = [];
    private SqliteCommand? findSource;
    private SqliteCommand? addSource;
    private SqliteCommand? findSentence;
    private SqliteCommand? addSentence;

    public (long Source, long Sentence) Resolve(Mention m)
    {
        var source = Source(m.BulletinId);
        var key = new SentenceKey(source, m.ArticleIndex, m.SentenceIndex, m.SentenceStart, m.ArticleTitle, m.Sentence);
        if (!known.TryGetValue(key, out var sentence))
        {
            sentence = FindOrAddSentence(key);
            known[key] = sentence;
        }

        return (source, sentence);
    }

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

        findSource ??= Prepare("SELECT no FROM sources WHERE bulletin_id = $1", 1);
        no = Scalar(findSource, bulletinId) ?? Scalar(addSource ??= Prepare("INSERT INTO sources (bulletin_id) VALUES ($1) RETURNING no", 1), bulletinId)!.Value;
        sources[bulletinId] = no;
        return no;
    }

    private long FindOrAddSentence(SentenceKey k)
    {
        findSentence ??= Prepare(
            """
            SELECT id FROM sentences
             WHERE source_no = $1 AND article_index = $2 AND sentence_index = $3 AND sentence_start = $4
               AND article_title = $5 AND sentence = $6
            """,
            6);
        addSentence ??= Prepare(
            """
            INSERT INTO sentences (source_no, article_index, sentence_index, sentence_start, article_title, sentence)
            VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
            """,
            6);
        object[] values = [k.Source, k.ArticleIndex, k.SentenceIndex, k.SentenceStart, k.ArticleTitle, k.Sentence];
        return Scalar(findSentence, values) ?? Scalar(addSentence, values)!.Value;
    }

    private SqliteCommand Prepare(string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
#pragma warning disable CA2100 // constant SQL; values are bound parameters
        command.CommandText = sql;
#pragma warning restore CA2100
        for (var i = 1; i <= parameters; i++)
        {
            command.Parameters.AddWithValue($"${i}", DBNull.Value);
        }

        command.Prepare();
        return command;
    }

    private static long? Scalar(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        return command.ExecuteScalar() is long value ? value : null;
    }

    private readonly record struct SentenceKey(long Source, int ArticleIndex, int SentenceIndex, int SentenceStart, string ArticleTitle, string Sentence);
}
