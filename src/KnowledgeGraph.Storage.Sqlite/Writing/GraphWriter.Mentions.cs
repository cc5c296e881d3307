using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// Mentions are the bulk of a bulletin (~800 spans in a seed-size one). They are collected over the whole batch and
/// written at its end, in key order: the key starts with the bulletin's source number, which only grows, so the
/// batch's rows append to the tree. Each target id is numbered once (<c>mention_targets</c>, numbers from the
/// <c>counters</c> row); the numbers are looked up in id order so those reads walk the id tree forwards.
/// </summary>
internal sealed partial class GraphWriter
{
    private const string InsertMentionSql = """
        INSERT INTO mention_rows (source_no, start, "end", target_no, sentence_id, extractor_version)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT DO NOTHING
        """;

    private const string FindTargetSql = "SELECT no FROM mention_targets WHERE id = ?1";
    private const string AddTargetSql = "INSERT INTO mention_targets (id, no) VALUES (?1, ?2)";
    private const string LastTargetSql = "SELECT value FROM counters WHERE name = 'mention_targets'";
    private const string SetLastTargetSql = "INSERT OR REPLACE INTO counters (name, value) VALUES ('mention_targets', ?1)";
    private const string AddMentionsSql = "UPDATE entities SET mention_count = mention_count + ?1 WHERE id = ?2 AND rowid <= ?3";

    private readonly List<MentionRow> pendingMentions = [];
    private readonly Dictionary<string, long> targetNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> insertedMentions = new(StringComparer.Ordinal);
    private SentenceRefs? sentences;

    public void WriteMentions(IReadOnlyList<Mention> mentions)
    {
        sentences ??= new SentenceRefs(connection);
        foreach (var m in mentions)
        {
            var (source, sentence) = sentences.Resolve(m);
            targetNumbers.TryAdd(m.TargetId, 0);
            pendingMentions.Add(new MentionRow(source, m.Start, m.End, m.TargetId, 0, sentence, m.ExtractorVersion));
        }
    }

    private void FlushMentions()
    {
        if (pendingMentions.Count == 0)
        {
            return;
        }

        NumberTargets();
        for (var i = 0; i < pendingMentions.Count; i++)
        {
            pendingMentions[i] = pendingMentions[i] with { TargetNo = targetNumbers[pendingMentions[i].Target] };
        }

        pendingMentions.Sort(MentionRow.KeyOrder);
        var insert = Prepare(InsertMentionSql);
        foreach (var m in pendingMentions)
        {
            // 0 rows changed: the span is stored already (a re-commit), so it adds nothing to the count.
            if (insert.Int(1, m.Source).Int(2, m.Start).Int(3, m.End).Int(4, m.TargetNo).Int(5, m.Sentence).Text(6, m.Version).Execute() > 0)
            {
                insertedMentions[m.Target] = insertedMentions.GetValueOrDefault(m.Target) + 1;
            }
        }

        pendingMentions.Clear();
    }

    private void NumberTargets()
    {
        var ids = new string[targetNumbers.Count];
        targetNumbers.Keys.CopyTo(ids, 0);
        Array.Sort(ids, StringComparer.Ordinal);
        var find = Prepare(FindTargetSql);
        RawStatement? add = null;
        var last = Prepare(LastTargetSql).Scalar() ?? 0;
        var before = last;
        foreach (var id in ids)
        {
            if (find.Text(1, id).Scalar() is { } known)
            {
                targetNumbers[id] = known;
                continue;
            }

            (add ??= Prepare(AddTargetSql)).Text(1, id).Int(2, ++last).Execute();
            targetNumbers[id] = last;
        }

        if (last != before)
        {
            Prepare(SetLastTargetSql).Int(1, last).Execute();
        }
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

    private readonly record struct MentionRow(long Source, int Start, int End, string Target, long TargetNo, long Sentence, string Version)
    {
        public static readonly Comparison<MentionRow> KeyOrder = (a, b) =>
        {
            var c = a.Source.CompareTo(b.Source);
            c = c != 0 ? c : a.Start.CompareTo(b.Start);
            c = c != 0 ? c : a.End.CompareTo(b.End);
            return c != 0 ? c : a.TargetNo.CompareTo(b.TargetNo);
        };
    }
}
