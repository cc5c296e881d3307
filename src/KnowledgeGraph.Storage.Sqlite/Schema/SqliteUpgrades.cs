namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>
/// What <see cref="SqliteSchema.ApplyAsync"/> runs on files written by earlier versions: each step is chosen by the
/// file's shape (a table where a view now stands, an id column, an index), so one start upgrades any older file.
/// </summary>
internal static partial class SqliteUpgrades
{
    /// <summary>Version 1 mentions (one wide row each, set aside as <c>mentions_v1</c>) into sources, sentences and spans.</summary>
    public const string MigrateMentionsSql = """
        INSERT OR IGNORE INTO sources (bulletin_id) SELECT DISTINCT bulletin_id FROM mentions_v1 ORDER BY bulletin_id;
        INSERT INTO sentences (source_no, article_index, sentence_index, sentence_start, article_title, sentence)
            SELECT DISTINCT b.no, m.article_index, m.sentence_index, m.sentence_start, m.article_title, m.sentence
              FROM mentions_v1 m JOIN sources b ON b.bulletin_id = m.bulletin_id;
        INSERT OR IGNORE INTO mention_spans (target_no, source_no, start, "end", sentence_id, extractor_version)
            SELECT t.no, b.no, m.start, m."end",
                   (SELECT s.id FROM sentences s
                     WHERE s.source_no = b.no AND s.article_index = m.article_index AND s.sentence_index = m.sentence_index
                       AND s.sentence_start = m.sentence_start AND s.article_title = m.article_title AND s.sentence = m.sentence),
                   m.extractor_version
              FROM mentions_v1 m JOIN sources b ON b.bulletin_id = m.bulletin_id JOIN upgrade_targets t ON t.id = m.target_id;
        DROP TABLE mentions_v1;
        """;

    /// <summary>
    /// Version 1–4 facts (one wide row each) into <c>fact_rows</c>: their bulletins and sentences join the shared
    /// rows (a sentence is reused only when every field matches, as <see cref="Writing.SentenceRefs"/> does).
    /// </summary>
    public const string MigrateFactsSql = """
        INSERT OR IGNORE INTO sources (bulletin_id) SELECT DISTINCT bulletin_id FROM facts_v4 ORDER BY bulletin_id;
        INSERT INTO sentences (source_no, article_index, sentence_index, sentence_start, article_title, sentence)
            SELECT DISTINCT b.no, f.article_index, f.sentence_index, f.sentence_start, f.article_title, f.sentence
              FROM facts_v4 f JOIN sources b ON b.bulletin_id = f.bulletin_id
             WHERE NOT EXISTS (SELECT 1 FROM sentences s
                                WHERE s.source_no = b.no AND s.article_index = f.article_index AND s.sentence_index = f.sentence_index
                                  AND s.sentence_start = f.sentence_start AND s.article_title = f.article_title AND s.sentence = f.sentence);
        INSERT OR IGNORE INTO fact_rows (entity_no, metric, source_no, start, "end", value, unit, year, sentence_id, extractor_version)
            SELECT t.no, f.metric, b.no, f.start, f."end", f.value, f.unit, f.year,
                   (SELECT min(s.id) FROM sentences s
                     WHERE s.source_no = b.no AND s.article_index = f.article_index AND s.sentence_index = f.sentence_index
                       AND s.sentence_start = f.sentence_start AND s.article_title = f.article_title AND s.sentence = f.sentence),
                   f.extractor_version
              FROM facts_v4 f JOIN sources b ON b.bulletin_id = f.bulletin_id JOIN upgrade_targets t ON t.id = f.entity_id
             ORDER BY t.no, f.metric, b.no, f.start;
        DROP TABLE facts_v4;
        """;

    /// <summary>Version 2 relations (with an id column) are moved aside before the DDL creates the keyed table.</summary>
    public const string SetAsideRelationsSql = """
        ALTER TABLE relations RENAME TO relations_v2;
        DROP INDEX IF EXISTS ix_relations_from;
        DROP INDEX IF EXISTS ix_relations_to;
        """;

    /// <summary>Version 3's incoming index, replaced by the covering <c>ix_relations_to_props</c>.</summary>
    public const string DropNarrowIncomingIndexSql = "DROP INDEX IF EXISTS ix_relations_to;";

    /// <summary>Version 7's (kind, region_code) index, replaced by the covering <c>ix_entities_kind_region_name</c>.</summary>
    public const string DropNarrowKindRegionIndexSql = "DROP INDEX IF EXISTS ix_entities_kind_region;";

    /// <summary>
    /// Version 9's unique index on the search number alone, and version 10's covering one: the number is the rowid
    /// since version 11.
    /// </summary>
    public const string DropNumberOnlyIndexSql = "DROP INDEX IF EXISTS ix_entities_no; DROP INDEX IF EXISTS ix_entities_no_rank;";

    /// <summary>The counts <see cref="Writing.GraphWriter"/> keeps, taken from the tables (after every other step).</summary>
    public const string RecountSql = """
        DELETE FROM graph_counts;
        INSERT INTO graph_counts (tbl, kind, n) SELECT 'entities', kind, count(*) FROM entities GROUP BY kind;
        INSERT INTO graph_counts (tbl, kind, n) SELECT 'relations', kind, count(*) FROM relations GROUP BY kind;
        INSERT INTO graph_counts (tbl, kind, n)
            SELECT 'mentions', '', (SELECT count(*) FROM mention_spans) + (SELECT count(*) FROM mention_spans_recent);
        """;

    /// <summary>
    /// The search index of versions 1–5 (one row per name or alias, the node's id in a column) is dropped, and the
    /// node table gets its search number, before the DDL creates the index keyed by it.
    /// </summary>
    public const string SetAsideSearchSql = """
        DROP TABLE IF EXISTS entity_text;
        ALTER TABLE entities ADD COLUMN no INTEGER;
        UPDATE entities SET no = rowid;
        """;

    /// <summary>Indexes every node's name and aliases: what <see cref="Writing.GraphWriter"/> does for new ones.</summary>
    public const string RebuildSearchSql = """
        INSERT INTO entity_text (rowid, text) SELECT no << 16, name FROM entities;
        INSERT INTO entity_text (rowid, text)
            SELECT (no << 16) | k, alias FROM (
                SELECT e.no AS no, a.alias AS alias, row_number() OVER (PARTITION BY a.entity_id ORDER BY a.rowid) AS k
                  FROM aliases a JOIN entities e ON e.id = a.entity_id)
             WHERE k < 65536;
        """;

    /// <summary>Every search row's pairs (<see cref="SearchGrams"/>): version 9 and earlier had no pair index.</summary>
    public const string FillGramsSql = $"INSERT INTO entity_grams (rowid, grams) SELECT rowid, {SearchGrams.FunctionName}(text) FROM entity_text;";
}
