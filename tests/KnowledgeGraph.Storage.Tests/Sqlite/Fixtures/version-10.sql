-- The schema of version 10 (the last keyed by text id), as that version created it; comments dropped.
CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL);

CREATE TABLE IF NOT EXISTS graph_version (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL);

CREATE TABLE IF NOT EXISTS graph_counts (
    tbl  TEXT    NOT NULL,
    kind TEXT    NOT NULL,
    n    INTEGER NOT NULL,
    PRIMARY KEY (tbl, kind)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS entities (
    id            TEXT    NOT NULL PRIMARY KEY,
    kind          TEXT    NOT NULL,
    name          TEXT    NOT NULL,
    region_code   TEXT,
    level         TEXT,
    status        TEXT,
    properties    TEXT    NOT NULL DEFAULT '{}',
    first_seen    INTEGER NOT NULL DEFAULT 9223372036854775807,
    mention_count INTEGER NOT NULL DEFAULT 0,
    no            INTEGER
);
CREATE INDEX IF NOT EXISTS ix_entities_kind_name   ON entities (kind, name, id);
CREATE INDEX IF NOT EXISTS ix_entities_region      ON entities (region_code);
CREATE INDEX IF NOT EXISTS ix_entities_kind_region_name ON entities (kind, region_code, name, id);
CREATE INDEX IF NOT EXISTS ix_entities_name        ON entities (name, id);
CREATE INDEX IF NOT EXISTS ix_entities_mentions    ON entities (mention_count, id);
CREATE INDEX IF NOT EXISTS ix_entities_first_seen  ON entities (first_seen, id);
CREATE INDEX IF NOT EXISTS ix_entities_level       ON entities (level) WHERE level IS NOT NULL;
CREATE INDEX IF NOT EXISTS ix_entities_no_rank ON entities (no, mention_count, id);

CREATE TABLE IF NOT EXISTS aliases (
    entity_id TEXT NOT NULL,
    alias     TEXT NOT NULL,
    UNIQUE (entity_id, alias)
);

CREATE VIRTUAL TABLE IF NOT EXISTS entity_text USING fts5 (text, tokenize = 'trigram');

CREATE VIRTUAL TABLE IF NOT EXISTS entity_grams USING fts5 (grams, content = '', detail = none, columnsize = 0, tokenize = 'unicode61 remove_diacritics 0');

CREATE TABLE IF NOT EXISTS relations (
    from_id    TEXT NOT NULL,
    kind       TEXT NOT NULL,
    to_id      TEXT NOT NULL,
    properties TEXT NOT NULL DEFAULT '{}',
    PRIMARY KEY (from_id, kind, to_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_relations_to_props ON relations (to_id, kind, properties);

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
            target_id         TEXT    NOT NULL,
    source_no         INTEGER NOT NULL,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    sentence_id       INTEGER NOT NULL,
    extractor_version TEXT    NOT NULL,
    PRIMARY KEY (target_id, source_no, start, "end")

) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS mention_spans_recent (
            target_id         TEXT    NOT NULL,
    source_no         INTEGER NOT NULL,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    sentence_id       INTEGER NOT NULL,
    extractor_version TEXT    NOT NULL,
    PRIMARY KEY (target_id, source_no, start, "end")

) WITHOUT ROWID;

CREATE VIEW IF NOT EXISTS mentions AS
    SELECT m.target_id || '#' || b.bulletin_id || '#' || m.start || '-' || m."end" AS key,
           m.target_id, b.bulletin_id, s.article_index, s.article_title, s.sentence_index, s.sentence,
           s.sentence_start, m.start, m."end", m.extractor_version
      FROM (SELECT * FROM mention_spans UNION ALL SELECT * FROM mention_spans_recent) m
      JOIN sources b ON b.no = m.source_no
      JOIN sentences s ON s.id = m.sentence_id;

CREATE TABLE IF NOT EXISTS fact_rows (
    entity_id         TEXT    NOT NULL,
    metric            TEXT    NOT NULL,
    source_no         INTEGER NOT NULL,
    start             INTEGER NOT NULL,
    "end"             INTEGER NOT NULL,
    value             TEXT    NOT NULL,
    unit              TEXT    NOT NULL,
    year              INTEGER,
    sentence_id       INTEGER NOT NULL,
    extractor_version TEXT    NOT NULL,
    PRIMARY KEY (entity_id, metric, source_no, start)
) WITHOUT ROWID;

CREATE VIEW IF NOT EXISTS facts AS
    SELECT f.entity_id || '#' || f.metric || '#' || b.bulletin_id || '#' || f.start AS key,
           f.entity_id, f.metric, f.value, f.unit, f.year, b.bulletin_id, s.article_index, s.article_title,
           s.sentence_index, s.sentence, s.sentence_start, f.start, f."end", f.extractor_version
      FROM fact_rows f
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
