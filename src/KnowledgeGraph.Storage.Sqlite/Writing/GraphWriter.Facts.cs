using System.Globalization;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// Facts point at their bulletin and sentence rows as mentions do, and are written at the end of the batch in key
/// order, so a group's facts about one node land on the same pages.
/// </summary>
internal sealed partial class GraphWriter
{
    /// <summary>A fact stated again changes only its figure; where and how it was read stays as first stored.</summary>
    private const string UpsertFactSql = """
        INSERT INTO fact_rows (entity_no, metric, source_no, start, "end", value, unit, year, sentence_id, extractor_version)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
        ON CONFLICT (entity_no, metric, source_no, start) DO UPDATE SET value = excluded.value, unit = excluded.unit, year = excluded.year
        WHERE fact_rows.value IS NOT excluded.value OR fact_rows.unit IS NOT excluded.unit OR fact_rows.year IS NOT excluded.year
        """;

    private readonly List<FactRow> pendingFacts = [];

    public void WriteFacts(IReadOnlyList<QuantFact> facts)
    {
        if (facts.Count == 0)
        {
            return;
        }

        sentences ??= new SentenceRefs(connection);
        foreach (var f in facts)
        {
            var (source, sentence) = sentences.Resolve(f.Mention);
            pendingFacts.Add(new FactRow(f, 0, source, sentence));
        }
    }

    private void FlushFacts()
    {
        if (pendingFacts.Count == 0)
        {
            return;
        }

        var rows = pendingFacts.Select(p => p with { Entity = numbers.Target(p.Fact.EntityId) }).ToArray();
        pendingFacts.Clear();
        Array.Sort(rows, FactRow.KeyOrder);
        var upsert = Prepare(UpsertFactSql);
        foreach (var (f, entity, source, sentence) in rows)
        {
            upsert.Int(1, entity).Text(2, f.Metric).Int(3, source).Int(4, f.Mention.Start).Int(5, f.Mention.End)
                .Text(6, f.Value.ToString(CultureInfo.InvariantCulture)).Text(7, f.Unit).Int(8, f.Year).Int(9, sentence)
                .Text(10, f.Mention.ExtractorVersion).Execute();
        }
    }

    /// <param name="Entity">The node's number, given once the group's nodes are written.</param>
    private readonly record struct FactRow(QuantFact Fact, long Entity, long Source, long Sentence)
    {
        public static readonly Comparison<FactRow> KeyOrder = (a, b) =>
        {
            var c = a.Entity.CompareTo(b.Entity);
            c = c != 0 ? c : string.CompareOrdinal(a.Fact.Metric, b.Fact.Metric);
            c = c != 0 ? c : a.Source.CompareTo(b.Source);
            return c != 0 ? c : a.Fact.Mention.Start.CompareTo(b.Fact.Mention.Start);
        };
    }
}
