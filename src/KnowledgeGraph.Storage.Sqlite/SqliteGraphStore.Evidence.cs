using System.Globalization;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Storage.Sqlite.Keys;
using KnowledgeGraph.Storage.Sqlite.Reading;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Mentions and facts of a batch of ids: the ids numbered first (<see cref="TargetResolver"/>), rows read by number.</summary>
internal sealed partial class SqliteGraphStore
{
    /// <summary>
    /// The spans of the target numbers in <c>$nos</c> (<see cref="TargetResolver"/>), each of the two span tables joined
    /// on its own: through a union of the two, SQLite (3.40 at least) materialises the whole union instead of seeking
    /// each table by target.
    /// </summary>
    internal const string GetMentionsSql = """
        SELECT m.target_no, b.bulletin_id, s.article_index, s.article_title, s.sentence_index, s.sentence, s.sentence_start,
               m.start, m."end", m.extractor_version
          FROM json_each($nos) t
         CROSS JOIN mention_spans m ON m.target_no = t.value
          JOIN sources b ON b.no = m.source_no
          JOIN sentences s ON s.id = m.sentence_id
        UNION ALL
        SELECT m.target_no, b.bulletin_id, s.article_index, s.article_title, s.sentence_index, s.sentence, s.sentence_start,
               m.start, m."end", m.extractor_version
          FROM json_each($nos) t
         CROSS JOIN mention_spans_recent m ON m.target_no = t.value
          JOIN sources b ON b.no = m.source_no
          JOIN sentences s ON s.id = m.sentence_id
        """;

    internal const string GetFactsSql = """
        SELECT f.metric, f.value, f.unit, f.year,
               f.entity_no, b.bulletin_id, s.article_index, s.article_title, s.sentence_index, s.sentence,
               s.sentence_start, f.start, f."end", f.extractor_version
          FROM json_each($nos) t
         CROSS JOIN fact_rows f ON f.entity_no = t.value
          JOIN sources b ON b.no = f.source_no
          JOIN sentences s ON s.id = f.sentence_id
        """;

    public Task<IReadOnlyList<Mention>> GetMentionsAsync(IReadOnlyCollection<string> targetIds, CancellationToken cancellationToken = default) =>
        ReadByNumbersAsync(
            targetIds,
            GetMentionsSql,
            (r, ids) => Rows.Mention(r, ids[r.GetInt64(0)], offset: 1),
            // ORDER BY target id, bulletin id, span in SQLite's BINARY collation, as the store has always returned them.
            mentions => [.. mentions.OrderBy(m => m.TargetId, BinaryCollation.Comparer).ThenBy(m => m.BulletinId, BinaryCollation.Comparer).ThenBy(m => m.Start).ThenBy(m => m.End)],
            cancellationToken);

    public Task<IReadOnlyList<QuantFact>> GetFactsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default) =>
        ReadByNumbersAsync(
            entityIds,
            GetFactsSql,
            (r, ids) =>
            {
                var entity = ids[r.GetInt64(4)];
                return new QuantFact(
                    entity,
                    r.GetString(0),
                    decimal.Parse(r.GetString(1), NumberStyles.Number, CultureInfo.InvariantCulture),
                    r.GetString(2),
                    r.IsDBNull(3) ? null : r.GetInt32(3),
                    Rows.Mention(r, entity, offset: 5));
            },
            facts => [.. facts.OrderBy(f => f.EntityId, BinaryCollation.Comparer).ThenBy(f => f.Mention.BulletinId, BinaryCollation.Comparer)
                .ThenBy(f => f.Mention.Start).ThenBy(f => f.Metric, BinaryCollation.Comparer)],
            cancellationToken);

    /// <summary>
    /// The rows of <paramref name="sql"/> for the numbers of <paramref name="targetIds"/> (bound as <c>$nos</c>), each
    /// mapped with the ids by number, then put in order. Ids with no number read nothing.
    /// </summary>
    private Task<IReadOnlyList<T>> ReadByNumbersAsync<T>(
        IReadOnlyCollection<string> targetIds,
        string sql,
        Func<SqliteDataReader, Dictionary<long, string>, T> map,
        Func<IReadOnlyList<T>, IReadOnlyList<T>> order,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(targetIds);
        if (targetIds.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<T>>([]);
        }

        return ReadAsync(
            async connection =>
            {
                var ids = TargetResolver.Resolve(connection, targetIds, knownNumbers, cancellationToken);
                if (ids.Count == 0)
                {
                    return (IReadOnlyList<T>)[];
                }

                using var command = connection.CreateCommand();
                command.CommandText = sql;
                command.Parameters.AddWithValue("$nos", StoredJson.Numbers(ids.Keys));
                return order(await command.ReadListAsync(r => map(r, ids), cancellationToken).ConfigureAwait(false));
            },
            cancellationToken);
    }
}
