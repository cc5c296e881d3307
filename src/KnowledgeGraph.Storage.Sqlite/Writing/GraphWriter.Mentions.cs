using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// Mentions are the bulk of a bulletin (~800 spans in a seed-size one). They are collected over the whole batch and
/// written in key order at its end: keys start with the target, so the batch's spans for one node land on the same
/// B-tree pages together instead of each bulletin walking the whole tree again.
/// </summary>
internal sealed partial class GraphWriter
{
    private const string InsertMentionSql = """
        INSERT INTO mention_spans (target_id, source_no, start, "end", sentence_id, extractor_version)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT DO NOTHING
        """;

    private const string AddMentionsSql = "UPDATE entities SET mention_count = mention_count + ?1 WHERE id = ?2 AND rowid <= ?3";

    private readonly List<MentionRow> pendingMentions = [];
    private readonly Dictionary<string, int> insertedMentions = new(StringComparer.Ordinal);
    private SentenceRefs? sentences;

    public void WriteMentions(IReadOnlyList<Mention> mentions)
    {
        sentences ??= new SentenceRefs(connection);
        foreach (var m in mentions)
        {
            var (source, sentence) = sentences.Resolve(m);
            pendingMentions.Add(new MentionRow(m.TargetId, source, m.Start, m.End, sentence, m.ExtractorVersion));
        }
    }

    private void FlushMentions()
    {
        if (pendingMentions.Count == 0)
        {
            return;
        }

        pendingMentions.Sort(MentionRow.KeyOrder);
        var insert = Prepare(InsertMentionSql);
        foreach (var m in pendingMentions)
        {
            // 0 rows changed: the span is stored already (a re-commit), so it adds nothing to the count.
            if (insert.Text(1, m.Target).Int(2, m.Source).Int(3, m.Start).Int(4, m.End).Int(5, m.Sentence).Text(6, m.Version).Execute() > 0)
            {
                insertedMentions[m.Target] = insertedMentions.GetValueOrDefault(m.Target) + 1;
            }
        }

        pendingMentions.Clear();
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

    private readonly record struct MentionRow(string Target, long Source, int Start, int End, long Sentence, string Version)
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
