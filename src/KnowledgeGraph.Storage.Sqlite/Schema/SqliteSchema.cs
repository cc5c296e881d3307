namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>
/// The store's tables, indexes and triggers. Every statement is IF NOT EXISTS so applying it on each start is safe.
/// Timestamps are UTC ticks (INTEGER) so they sort and compare exactly; JSON columns hold string→string objects.
/// </summary>
internal static partial class SqliteSchema
{
    public const int Version = 11;

    /// <summary>
    /// <c>first_seen</c> of nodes no bulletin has named yet (reference data). A value rather than NULL keeps the
    /// column a plain index range for keyset paging; they sort after every real sighting.
    /// </summary>
    public const long NeverSeen = long.MaxValue;

    /// <summary>The columns and key of <c>mention_spans</c> and <c>mention_spans_recent</c>: a row moves between them as is.</summary>
    private const string MentionSpanColumns = """
            target_no         INTEGER NOT NULL,
            source_no         INTEGER NOT NULL,
            start             INTEGER NOT NULL,
            "end"             INTEGER NOT NULL,
            sentence_id       INTEGER NOT NULL,
            extractor_version TEXT    NOT NULL,
            PRIMARY KEY (target_no, source_no, start, "end")
        """;

    private const string Ddl = $$"""
        CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL);

        -- One row, bumped in every write transaction (SqliteGraphStore.WriteAsync): readers cache derived answers
        -- under it. It starts at a random value so a recreated file never repeats the version of the one it replaced.
        CREATE TABLE IF NOT EXISTS graph_version (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL);

        -- Rows per table and kind ('entities'/'Enterprise', 'relations'/'LOCATED_IN', 'mentions'/''), kept by every
        -- write transaction (GraphWriter), so stats is a read of a few rows: counting the tables took 0.6 s at 100k
        -- entities and filled a reader's page cache with pages no query wanted.
        CREATE TABLE IF NOT EXISTS graph_counts (
            tbl  TEXT    NOT NULL,
            kind TEXT    NOT NULL,
            n    INTEGER NOT NULL,
            PRIMARY KEY (tbl, kind)
        ) WITHOUT ROWID;

        -- A node's number (no, its rowid) is given once, in arrival order, when the node is written (GraphWriter). Every
        -- other table names a node by it: the search index's rowids (SearchText), mention spans and facts. A number
        -- is 1-4 bytes in a key where the id was ~50, and new nodes' rows go to the right-hand end of each tree.
        -- Version 10 and earlier keyed the table by id and kept the number in a column of its own.
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

        -- The number of an id a mention or fact names before any node or edge row holds it (the store allows a mention
        -- to arrive before its node): a node's from the nodes' sequence, an edge's negated from the edges'. The node
        -- or edge takes the number when it arrives, and the row goes. Nearly always empty.
        CREATE TABLE IF NOT EXISTS target_keys (
            no INTEGER PRIMARY KEY,
            id TEXT    NOT NULL UNIQUE
        );
        CREATE INDEX IF NOT EXISTS ix_entities_kind_name   ON entities (kind, name, id);
        CREATE INDEX IF NOT EXISTS ix_entities_region      ON entities (region_code);
        -- "Enterprises in 内蒙古": counts and pages by type within a region are index ranges, not a scan of the type.
        -- Name and id make it covering for the default page order: a page sorts the range's index entries and reads
        -- only its own rows (at 1M, 14,383 enterprises in 内蒙古: 1.9 ms against 6–8 ms reading every row to sort).
        -- Version 7 had (kind, region_code) alone, as ix_entities_kind_region.
        CREATE INDEX IF NOT EXISTS ix_entities_kind_region_name ON entities (kind, region_code, name, id);
        CREATE INDEX IF NOT EXISTS ix_entities_name        ON entities (name, id);
        CREATE INDEX IF NOT EXISTS ix_entities_mentions    ON entities (mention_count, id);
        CREATE INDEX IF NOT EXISTS ix_entities_first_seen  ON entities (first_seen, id);
        CREATE INDEX IF NOT EXISTS ix_entities_level       ON entities (level) WHERE level IS NOT NULL;
        -- A search ranks its matches (node numbers from entity_text) by mention count, then id: each match is one seek
        -- by rowid now that the number is the rowid. Versions 9 and 10 indexed (no, mention_count, id) for this, which
        -- every mention count update rewrote; the planner no longer reads it.

        -- A rowid table (not WITHOUT ROWID) so a batch can find the aliases it added by rowid, see GraphWriter.
        CREATE TABLE IF NOT EXISTS aliases (
            entity_id TEXT NOT NULL,
            alias     TEXT NOT NULL,
            UNIQUE (entity_id, alias)
        );

        -- Names and aliases, one row each, trigram-indexed so Chinese substrings of 3+ characters are index lookups.
        -- A row's rowid carries its node's number (SearchText: no << 16 for the name, | k for the k-th alias), so a
        -- match is a set of node numbers read straight from the index: version 5 kept the node's id in a column, and
        -- reading it back for each of 16k matches (技术创新中心 at 1M nodes) cost most of a search.
        -- Filled set-wise at the end of each write batch (GraphWriter.Complete), not by triggers: a trigger that
        -- writes to an FTS5 table costs several times a direct insert.
        CREATE VIRTUAL TABLE IF NOT EXISTS entity_text USING fts5 (text, tokenize = 'trigram');

        -- The same rows' pairs of adjacent characters, one token each, for two-character terms (SearchGrams). Only the
        -- index is kept (content = ''), and only which rows hold a token: not where (detail = none), nor how many (columnsize = 0).
        CREATE VIRTUAL TABLE IF NOT EXISTS entity_grams USING fts5 (grams, content = '', detail = none, columnsize = 0, tokenize = 'unicode61 remove_diacritics 0');

        -- An edge is keyed by its ends' numbers and its kind (its id, from|kind|to, is RelationIds.For of the ends'
        -- ids): the identity and the outgoing lookup in one B-tree of ~10-byte keys. An end no node row holds yet is
        -- numbered in target_keys. Version 10 and earlier keyed it by the ends' text ids, ~50 characters each.
        CREATE TABLE IF NOT EXISTS relations (
            from_no    INTEGER NOT NULL,
            kind       TEXT    NOT NULL,
            to_no      INTEGER NOT NULL,
            properties TEXT    NOT NULL DEFAULT '{}',
            -- The edge's number, in arrival order from its own sequence: what a mention of the edge stores (negated).
            no         INTEGER NOT NULL,
            PRIMARY KEY (from_no, kind, to_no)
        ) WITHOUT ROWID;
        -- Incoming lookups (placements into a chain's segments, a node's incoming edges) read the properties too
        -- (a 链主 role): with them in the index it is covering, one seek per edge instead of two. Nearly every edge
        -- has '{}', so the entries grow by about three bytes. Version 3 indexed (to_id, kind) only.
        CREATE INDEX IF NOT EXISTS ix_relations_to_props ON relations (to_no, kind, properties);
        CREATE UNIQUE INDEX IF NOT EXISTS ix_relations_no ON relations (no);

        -- Mentions are stored compactly: a bulletin id once per bulletin (sources), a sentence once per sentence
        -- (sentences; a seed-size bulletin has ~800 mentions in ~115 sentences), and per mention only its target,
        -- span and sentence reference in one B-tree whose key is the mention's identity (target + bulletin + span)
        -- and also the by-target lookup. The mentions view puts the full Mention row back together.
        CREATE TABLE IF NOT EXISTS sources (
            no          INTEGER PRIMARY KEY,
            bulletin_id TEXT    NOT NULL UNIQUE
        );

        CREATE TABLE IF NOT EXISTS sentences (
            id             INTEGER PRIMARY KEY,
            source_no      INTEGER NOT NULL,
            article_index  INTEGER NOT NULL,
            sentence_index INTEGER NOT NULL,
            sentence_start INTEGER NOT NULL,
            article_title  TEXT    NOT NULL,
            sentence       TEXT    NOT NULL
        );
        CREATE INDEX IF NOT EXISTS ix_sentences_place ON sentences (source_no, article_index, sentence_index);

        CREATE TABLE IF NOT EXISTS mention_spans (
        {{MentionSpanColumns}}
        ) WITHOUT ROWID;

        -- New bulletins' mentions land here first and move into mention_spans in bulk (GraphWriter.MergeRecentMentions)
        -- once this table holds RecentMentionRows. mention_spans is keyed by target, so a group's ~22,000 mentions
        -- fall on nearly every leaf of a tree that grows with the file: in a file holding 2,000 bulletins that insert
        -- was most of a commit (400 bulletins went in at 138–146/s with it and 184–246/s without it). This small
        -- tree stays in the writer's cache, and a merge of many groups at once rewrites each leaf of the large one
        -- once for all of them. A key is in one of the two tables, never both. Version 6 had mention_spans alone.
        CREATE TABLE IF NOT EXISTS mention_spans_recent (
        {{MentionSpanColumns}}
        ) WITHOUT ROWID;

        -- Numbers back as ids, for looking at a file by hand (the store's reads resolve ids to numbers first): a node's
        -- number, a number target_keys holds, an edge's number negated.
        CREATE VIEW IF NOT EXISTS node_ids AS
            SELECT no, id FROM entities UNION ALL SELECT no, id FROM target_keys WHERE no > 0;
        CREATE VIEW IF NOT EXISTS relation_ids AS
            SELECT f.id AS from_id, r.kind, t.id AS to_id, r.properties, r.no
              FROM relations r JOIN node_ids f ON f.no = r.from_no JOIN node_ids t ON t.no = r.to_no;
        CREATE VIEW IF NOT EXISTS target_ids AS
            SELECT no, id FROM node_ids
            UNION ALL SELECT -no, from_id || '|' || kind || '|' || to_id FROM relation_ids
            UNION ALL SELECT no, id FROM target_keys WHERE no < 0;

        CREATE VIEW IF NOT EXISTS mentions AS
            SELECT t.id || '#' || b.bulletin_id || '#' || m.start || '-' || m."end" AS key,
                   t.id AS target_id, b.bulletin_id, s.article_index, s.article_title, s.sentence_index, s.sentence,
                   s.sentence_start, m.start, m."end", m.extractor_version
              FROM (SELECT * FROM mention_spans UNION ALL SELECT * FROM mention_spans_recent) m
              JOIN target_ids t ON t.no = m.target_no
              JOIN sources b ON b.no = m.source_no
              JOIN sentences s ON s.id = m.sentence_id;

        -- A figure stated about a node (首期规模 50亿元), keyed by its identity: node, metric, bulletin and span. Its
        -- sentence is a row of sentences, as a mention's is. Version 4 and earlier kept the sentence, title and
        -- bulletin id in every row and the ~100-character key twice more (a text key and an entity index): three
        -- B-trees per fact and a quarter of a commit's bytes. The key is the primary key's prefix lookup by node too.
        CREATE TABLE IF NOT EXISTS fact_rows (
            entity_no         INTEGER NOT NULL,
            metric            TEXT    NOT NULL,
            source_no         INTEGER NOT NULL,
            start             INTEGER NOT NULL,
            "end"             INTEGER NOT NULL,
            value             TEXT    NOT NULL,
            unit              TEXT    NOT NULL,
            year              INTEGER,
            sentence_id       INTEGER NOT NULL,
            extractor_version TEXT    NOT NULL,
            PRIMARY KEY (entity_no, metric, source_no, start)
        ) WITHOUT ROWID;

        CREATE VIEW IF NOT EXISTS facts AS
            SELECT t.id || '#' || f.metric || '#' || b.bulletin_id || '#' || f.start AS key,
                   t.id AS entity_id, f.metric, f.value, f.unit, f.year, b.bulletin_id, s.article_index, s.article_title,
                   s.sentence_index, s.sentence, s.sentence_start, f.start, f."end", f.extractor_version
              FROM fact_rows f
              JOIN target_ids t ON t.no = f.entity_no
              JOIN sources b ON b.no = f.source_no
              JOIN sentences s ON s.id = f.sentence_id;

        CREATE TABLE IF NOT EXISTS articles (
            bulletin_id    TEXT    NOT NULL,
            article_index  INTEGER NOT NULL,
            title          TEXT    NOT NULL,
            start          INTEGER NOT NULL,
            "end"          INTEGER NOT NULL,
            sentence_count INTEGER NOT NULL,
            PRIMARY KEY (bulletin_id, article_index)
        ) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS bulletins (
            id          TEXT    NOT NULL PRIMARY KEY,
            name        TEXT    NOT NULL,
            status      TEXT    NOT NULL,
            received_at INTEGER NOT NULL,
            title       TEXT,
            error       TEXT,
            ingested_at INTEGER,
            articles    INTEGER NOT NULL DEFAULT 0,
            entities    INTEGER NOT NULL DEFAULT 0,
            relations   INTEGER NOT NULL DEFAULT 0,
            size_bytes  INTEGER NOT NULL DEFAULT 0,
            encoding    TEXT
        );
        CREATE INDEX IF NOT EXISTS ix_bulletins_status ON bulletins (status, received_at);

        """;
}
