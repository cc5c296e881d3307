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
        INSERT INTO mention_spans_recent (target_no, source_no, start, "end", sentence_id, extractor_version)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT DO NOTHING
        """;

    private const string InsertMentionSql = """
        INSERT INTO mention_spans (target_no, source_no, start, "end", sentence_id, extractor_version)
        SELECT ?1, ?2, ?3, ?4, ?5, ?6
         WHERE NOT EXISTS (SELECT 1 FROM mention_spans_recent r
                            WHERE r.target_no = ?1 AND r.source_no = ?2 AND r.start = ?3 AND r."end" = ?4)
        ON CONFLICT DO NOTHING
        """;

    private const string RecentCountSql = "SELECT count(*) FROM mention_spans_recent";

    /// <summary>Key order, so each leaf of the large tree is written once for the whole move.</summary>
    private const string MergeRecentSql = """
        INSERT OR IGNORE INTO mention_spans (target_no, source_no, start, "end", sentence_id, extractor_version)
            SELECT target_no, source_no, start, "end", sentence_id, extractor_version
              FROM mention_spans_recent ORDER BY target_no, source_no, start, "end";
        DELETE FROM mention_spans_recent;
        """;

    private const string AddMentionsSql = "UPDATE entities SET mention_count = mention_count + ?1 WHERE no = ?2";

    /// <summary>A node that arrives under a number a mention reserved may have mentions from earlier batches too.</summary>
    private const string CountMentionsSql = """
        UPDATE entities SET mention_count = (SELECT count(*) FROM mention_spans m WHERE m.target_no = ?1)
                                          + (SELECT count(*) FROM mention_spans_recent m WHERE m.target_no = ?1)
         WHERE no = ?1
        """;

    private readonly List<PendingMention> pendingMentions = [];
    private readonly Dictionary<long, int> insertedMentions = [];
    private SentenceRefs? sentences;
    private bool addedRecent;

    public void WriteMentions(IReadOnlyList<Mention> mentions)
    {
        sentences ??= new SentenceRefs(connection);
        foreach (var m in mentions)
        {
            var (source, sentence) = sentences.Resolve(m);
            pendingMentions.Add(new PendingMention(m.TargetId, source, m.Start, m.End, sentence, m.ExtractorVersion, sentences.IsNew(source)));
        }
    }

    private void FlushMentions()
    {
        if (pendingMentions.Count == 0)
        {
            return;
        }

        // Numbered once the group's nodes and edges are written, so a mention of either finds its number in memory.
        var rows = new MentionRow[pendingMentions.Count];
        for (var i = 0; i < rows.Length; i++)
        {
            var p = pendingMentions[i];
            rows[i] = new MentionRow(numbers.Target(p.Target), p.Source, p.Start, p.End, p.Sentence, p.Version, p.Fresh);
        }

        pendingMentions.Clear();
        Array.Sort(rows, MentionRow.KeyOrder);
        RawStatement? recent = null, stored = null;
        foreach (var m in rows)
        {
            var insert = m.Fresh ? recent ??= Prepare(InsertRecentMentionSql) : stored ??= Prepare(InsertMentionSql);
            // 0 rows changed: the span is stored already (a re-commit), so it adds nothing to the count.
            if (insert.Int(1, m.Target).Int(2, m.Source).Int(3, m.Start).Int(4, m.End).Int(5, m.Sentence).Text(6, m.Version).Execute() > 0)
            {
                insertedMentions[m.Target] = insertedMentions.GetValueOrDefault(m.Target) + 1;
                addedRecent |= m.Fresh;
            }
        }
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
        if (insertedMentions.Count > 0)
        {
            var add = Prepare(AddMentionsSql);
            foreach (var (target, added) in insertedMentions)
            {
                // Edges (negative numbers) are mentioned too, about half the mentions; only nodes carry a count.
                if (target > 0)
                {
                    add.Int(1, added).Int(2, target).Execute();
                }
            }
        }

        if (arrived.Count > 0)
        {
            var count = Prepare(CountMentionsSql);
            foreach (var no in arrived)
            {
                count.Int(1, no).Execute();
            }
        }
    }

    /// <param name="Fresh">Its bulletin was added by this batch, so no table holds the span yet.</param>
    private readonly record struct PendingMention(string Target, long Source, int Start, int End, long Sentence, string Version, bool Fresh);

    /// <param name="Target">The node's number, or the edge's negated (<see cref="TargetNumbers"/>).</param>
    private readonly record struct MentionRow(long Target, long Source, int Start, int End, long Sentence, string Version, bool Fresh)
    {
        public static readonly Comparison<MentionRow> KeyOrder = (a, b) =>
        {
            var c = a.Target.CompareTo(b.Target);
            c = c != 0 ? c : a.Source.CompareTo(b.Source);
            c = c != 0 ? c : a.Start.CompareTo(b.Start);
            return c != 0 ? c : a.End.CompareTo(b.End);
        };
    }
}
