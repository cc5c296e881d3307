using System.Globalization;
using KnowledgeGraph.Storage.Sqlite.Schema;

namespace KnowledgeGraph.Bench.Ingestion;

/// <summary>
/// A design study, not the store's schema: the store's tables with integer node and edge keys numbered in arrival
/// order, the fix the grown-file miss points at (docs/benchmarks.md). Text ids are kept once per node (its row and
/// <c>UNIQUE (id)</c>); every other table names a node by its number and an edge by its own. So a group's new rows
/// append to the ends of their trees, and a key of ~50 bytes (a mention's target, a relation's ends) becomes 1–4.
/// </summary>
/// <remarks>
/// An id named before any node row holds it (an edge's end or a mention's target written before its node: none in
/// the generated bulletins, but the direct graph generator's edges name regions no batch writes) is numbered in
/// <c>node_keys</c>, and the node takes that number when it arrives. Left out: the upgrade of a version 10 file.
/// </remarks>
internal static class IntegerKeySchema
{
    /// <summary>
    /// The bulletins, articles, sources and sentences tables and both search indexes are the store's own. A mention's
    /// <c>target_no</c> is its node's number, or its edge's number negated: about half the mentions are of edges.
    /// </summary>
    public const string Ddl = """
        CREATE TABLE IF NOT EXISTS entities (
            no            INTEGER PRIMARY KEY,
            id            TEXT    NOT NULL UNIQUE,
            kind          TEXT    NOT NULL,
            name          TEXT    NOT NULL,
            region_code   TEXT,
            level         TEXT,
            status        TEXT,
            properties    TEXT    NOT NULL DEFAULT '{}',
            first_seen    INTEGER NOT NULL DEFAULT 9223372036854775807,
            mention_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX IF NOT EXISTS ix_entities_kind_name        ON entities (kind, name);
        CREATE INDEX IF NOT EXISTS ix_entities_region           ON entities (region_code);
        CREATE INDEX IF NOT EXISTS ix_entities_kind_region_name ON entities (kind, region_code, name);
        CREATE INDEX IF NOT EXISTS ix_entities_name             ON entities (name);
        CREATE INDEX IF NOT EXISTS ix_entities_mentions         ON entities (mention_count);
        CREATE INDEX IF NOT EXISTS ix_entities_first_seen       ON entities (first_seen);
        CREATE INDEX IF NOT EXISTS ix_entities_level            ON entities (level) WHERE level IS NOT NULL;
        CREATE TABLE IF NOT EXISTS node_keys (no INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE);
        CREATE TABLE IF NOT EXISTS aliases (entity_no INTEGER NOT NULL, alias TEXT NOT NULL, UNIQUE (entity_no, alias));
        CREATE VIRTUAL TABLE IF NOT EXISTS entity_text USING fts5 (text, tokenize = 'trigram');
        CREATE VIRTUAL TABLE IF NOT EXISTS entity_grams USING fts5 (grams, content = '', detail = none, columnsize = 0, tokenize = 'unicode61 remove_diacritics 0');
        CREATE TABLE IF NOT EXISTS relations (
            from_no    INTEGER NOT NULL,
            kind       TEXT    NOT NULL,
            to_no      INTEGER NOT NULL,
            no         INTEGER NOT NULL,
            properties TEXT    NOT NULL DEFAULT '{}',
            PRIMARY KEY (from_no, kind, to_no)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_relations_to_props ON relations (to_no, kind, properties);
        CREATE UNIQUE INDEX IF NOT EXISTS ix_relations_no ON relations (no);
        CREATE TABLE IF NOT EXISTS sources (no INTEGER PRIMARY KEY, bulletin_id TEXT NOT NULL UNIQUE);
        CREATE TABLE IF NOT EXISTS sentences (
            id INTEGER PRIMARY KEY, source_no INTEGER NOT NULL, article_index INTEGER NOT NULL, sentence_index INTEGER NOT NULL,
            sentence_start INTEGER NOT NULL, article_title TEXT NOT NULL, sentence TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_sentences_place ON sentences (source_no, article_index, sentence_index);
        CREATE TABLE IF NOT EXISTS mention_spans (
            target_no INTEGER NOT NULL, source_no INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            sentence_id INTEGER NOT NULL, extractor_version TEXT NOT NULL,
            PRIMARY KEY (target_no, source_no, start, "end")
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS fact_rows (
            entity_no INTEGER NOT NULL, metric TEXT NOT NULL, source_no INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            value TEXT NOT NULL, unit TEXT NOT NULL, year INTEGER, sentence_id INTEGER NOT NULL, extractor_version TEXT NOT NULL,
            PRIMARY KEY (entity_no, metric, source_no, start)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS articles (
            bulletin_id TEXT NOT NULL, article_index INTEGER NOT NULL, title TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            sentence_count INTEGER NOT NULL, PRIMARY KEY (bulletin_id, article_index)
        ) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS bulletins (
            id TEXT NOT NULL PRIMARY KEY, name TEXT NOT NULL, status TEXT NOT NULL, received_at INTEGER NOT NULL, title TEXT, error TEXT,
            ingested_at INTEGER, articles INTEGER NOT NULL DEFAULT 0, entities INTEGER NOT NULL DEFAULT 0, relations INTEGER NOT NULL DEFAULT 0,
            size_bytes INTEGER NOT NULL DEFAULT 0, encoding TEXT
        );
        """;

    /// <summary>The page size first, as <see cref="SqliteSchema.ApplyAsync"/> sets it for the store's files.</summary>
    public static string CreateSql(int pageSize) => $"PRAGMA page_size = {pageSize.ToString(CultureInfo.InvariantCulture)};\n{Ddl}";
}
