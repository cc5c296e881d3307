using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// Mentions are the bulk of a bulletin (~350 spans in a seed-size one). They are collected over the whole batch and
/// written in key order at its end. A new bulletin's go into <c>mention_spans_recent</c>, which stays small and
/// cached, and move into <c>mention_spans</c> many groups at a time (<see cref="MergeRecentMentions"/>). A bulletin
/// that is in the file already (a re-commit) writes straight into <c>mention_spans</c>, skipping spans either table
/// holds, so a key is only ever in one of them.
/// </summary>
internal sealed partial class GraphWriter
{
    private const string InsertRecentMentionSql = """
        INSERT INTO mention_spans_recent (target_id, source_no, start, "end", sentence_id, extractor_version)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT DO NOTHING
        """;

    private const string InsertMentionSql = """
        INSERT INTO mention_spans (target_id, source_no, start, "end", sentence_id, extractor_version)
        SELECT ?1, ?2, ?3, ?4, ?5, ?6
         WHERE NOT EXISTS (SELECT 1 FROM mention_spans_recent r
                            WHERE r.target_id = ?1 AND r.source_no = ?2 AND r.start = ?3 AND r."end" = ?4)
        ON CONFLICT DO NOTHING
        """;

    private const string RecentCountSql = "SELECT count(*) FROM mention_spans_recent";

    /// <summary>Key order, so each leaf of the large tree is written once for the whole move.</summary>
    private const string MergeRecentSql = """
        INSERT OR IGNORE INTO mention_spans (target_id, source_no, start, "end", sentence_id, extractor_version)
            SELECT target_id, source_no, start, "end", sentence_id, extractor_version
              FROM mention_spans_recent ORDER BY target_id, source_no, start, "end";
        DELETE FROM mention_spans_recent;
        """;

    private const string AddMentionsSql = "UPDATE entities SET mention_count = mention_count + ?1 WHERE id = ?2 AND rowid <= ?3";

    private readonly List<MentionRow> pendingMentions = [];
    private readonly Dictionary<string, int> insertedMentions = new(StringComparer.Ordinal);
    private SentenceRefs? sentences;
    private bool addedRecent;

    public void WriteMentions(IReadOnlyList<Mention> mentions)
    {
        sentences ??= new SentenceRefs(connection);
        foreach (var m in mentions)
        {
            var (source, sentence) = sentences.Resolve(m);
            pendingMentions.Add(new MentionRow(m.TargetId, source, m.Start, m.End, sentence, m.ExtractorVersion, sentences.IsNew(source)));
        }
    }

    private void FlushMentions()
    {
        if (pendingMentions.Count == 0)
        {
            return;
        }

        pendingMentions.Sort(MentionRow.KeyOrder);
        RawStatement? recent = null, stored = null;
        foreach (var m in pendingMentions)
        {
            var insert = m.Fresh ? recent ??= Prepare(InsertRecentMentionSql) : stored ??= Prepare(InsertMentionSql);
            // 0 rows changed: the span is stored already (a re-commit), so it adds nothing to the count.
            if (insert.Text(1, m.Target).Int(2, m.Source).Int(3, m.Start).Int(4, m.End).Int(5, m.Sentence).Text(6, m.Version).Execute() > 0)
            {
                insertedMentions[m.Target] = insertedMentions.GetValueOrDefault(m.Target) + 1;
                addedRecent |= m.Fresh;
            }
        }

        pendingMentions.Clear();
    }

    /// <summary>Moves the waiting mentions into the large table once there are enough of them to be worth a pass over it.</summary>
    private void MergeRecentMentions()
    {
        if (!addedRecent)
        {
            return;
        }

        using var count = connection.CreateCommand();
        count.Transaction = transaction;
        count.CommandText = RecentCountSql;
        if ((long)count.ExecuteScalar()! < recentMentionRows)
        {
            return;
        }

        using var merge = connection.CreateCommand();
        merge.Transaction = transaction;
        merge.CommandText = MergeRecentSql;
        merge.ExecuteNonQuery();
    }

    private void AddMentionCounts()
    {
        if (insertedMentions.Count == 0)
        {
            return;
        }

        var add = Prepare(AddMentionsSql);
        foreach (var (target, added) in insertedMentions)
        {
            // Edges are mentioned too (about half the mentions); only nodes carry a count.
            if (!merge.HasRelation(target))
            {
                add.Int(1, added).Text(2, target).Int(3, entityMark).Execute();
            }
        }
    }

    /// <param name="Fresh">Its bulletin was added by this batch, so no table holds the span yet.</param>
    private readonly record struct MentionRow(string Target, long Source, int Start, int End, long Sentence, string Version, bool Fresh)
    {
        public static readonly Comparison<MentionRow> KeyOrder = (a, b) =>
        {
            var c = string.CompareOrdinal(a.Target, b.Target);
            c = c != 0 ? c : a.Source.CompareTo(b.Source);
            c = c != 0 ? c : a.Start.CompareTo(b.Start);
            return c != 0 ? c : a.End.CompareTo(b.End);
        };
    }
}
