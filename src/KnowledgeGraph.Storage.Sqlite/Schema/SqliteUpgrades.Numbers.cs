namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>
/// Version 10 and earlier keyed nodes, mention spans and facts by text id, and edges had no number. Each table is
/// moved aside before the DDL creates its numbered form, and rewritten into it once, in the new key order.
/// </summary>
internal static partial class SqliteUpgrades
{
    /// <summary>Every index a version 10 or earlier node table may carry; the DDL creates the current ones on the new table.</summary>
    public const string SetAsideEntitiesSql = """
        ALTER TABLE entities RENAME TO entities_v10;
        DROP INDEX IF EXISTS ix_entities_kind_name;
        DROP INDEX IF EXISTS ix_entities_region;
        DROP INDEX IF EXISTS ix_entities_kind_region;
        DROP INDEX IF EXISTS ix_entities_kind_region_name;
        DROP INDEX IF EXISTS ix_entities_name;
        DROP INDEX IF EXISTS ix_entities_mentions;
        DROP INDEX IF EXISTS ix_entities_first_seen;
        DROP INDEX IF EXISTS ix_entities_level;
        DROP INDEX IF EXISTS ix_entities_no;
        DROP INDEX IF EXISTS ix_entities_no_rank;
        """;

    /// <summary>Nodes keep the number they had (their search rows carry it); it becomes the rowid.</summary>
    public const string MigrateEntitiesSql = """
        INSERT INTO entities (no, id, kind, name, region_code, level, status, properties, first_seen, mention_count)
            SELECT no, id, kind, name, region_code, level, status, properties, first_seen, mention_count
              FROM entities_v10 ORDER BY no;
        DROP TABLE entities_v10;
        """;

    /// <summary>Versions 3 to 10: edges keyed by their ends' text ids (version 2's are set aside by <see cref="SetAsideRelationsSql"/>).</summary>
    public const string SetAsideRelationsV10Sql = """
        ALTER TABLE relations RENAME TO relations_v10;
        DROP INDEX IF EXISTS ix_relations_to;
        DROP INDEX IF EXISTS ix_relations_to_props;
        DROP INDEX IF EXISTS ix_relations_no;
        """;

    /// <summary>
    /// Edges moved aside ({0}) onto their ends' numbers (<c>upgrade_targets</c>, after <see cref="GatherEndsSql"/>),
    /// numbered in key order ({1}: the edge's own number where the old table had one).
    /// </summary>
    public const string MigrateRelationsSql = """
        INSERT OR IGNORE INTO relations (from_no, kind, to_no, properties, no)
            SELECT f.no, r.kind, t.no, r.properties, {1}
              FROM {0} r JOIN upgrade_targets f ON f.id = r.from_id JOIN upgrade_targets t ON t.id = r.to_id
             ORDER BY 1, 2, 3;
        DROP TABLE {0};
        """;

    /// <summary>The row number <see cref="MigrateRelationsSql"/> gives edges of a table without numbers.</summary>
    public const string EdgeRowNumber = "row_number() OVER (ORDER BY f.no, r.kind, t.no)";

    /// <summary>The ids of the moved-aside edges' ends ({0}), to be numbered as nodes.</summary>
    public const string GatherEndsSql = """
        INSERT OR IGNORE INTO upgrade_orphans (id, edge) SELECT DISTINCT from_id, 0 FROM {0};
        INSERT OR IGNORE INTO upgrade_orphans (id, edge) SELECT DISTINCT to_id, 0 FROM {0};
        """;

    /// <summary>Every edge's id (from|kind|to of its ends' ids) with its number negated, as spans name edges.</summary>
    public const string AddEdgeTargetsSql = """
        INSERT OR IGNORE INTO upgrade_targets (id, no)
            SELECT coalesce((SELECT id FROM entities WHERE no = r.from_no), (SELECT id FROM target_keys WHERE no = r.from_no))
                   || '|' || r.kind || '|'
                   || coalesce((SELECT id FROM entities WHERE no = r.to_no), (SELECT id FROM target_keys WHERE no = r.to_no)),
                   -r.no
              FROM relations r;
        """;

    /// <summary>
    /// The number of every id, for the rows moved aside to find theirs by: nodes and reserved ids (edges are added by
    /// <see cref="AddEdgeTargetsSql"/> once they are numbered).
    /// <see cref="NumberOrphansSql"/> then numbers the ids no row holds.
    /// </summary>
    public const string UpgradeTargetsSql = """
        CREATE TEMP TABLE upgrade_targets (id TEXT PRIMARY KEY, no INTEGER NOT NULL) WITHOUT ROWID;
        INSERT INTO upgrade_targets (id, no) SELECT id, no FROM entities;
        INSERT OR IGNORE INTO upgrade_targets (id, no) SELECT id, no FROM target_keys;
        CREATE TEMP TABLE upgrade_orphans (id TEXT PRIMARY KEY, edge INTEGER NOT NULL) WITHOUT ROWID;
        """;

    /// <summary>
    /// Ids the old rows name (gathered into <c>upgrade_orphans</c> first) that no node or edge holds: reserved as the
    /// writer would reserve them, so the node or edge takes the number when it arrives.
    /// </summary>
    public const string NumberOrphansSql = $"""
        DROP TABLE IF EXISTS upgrade_bases;
        DELETE FROM upgrade_orphans WHERE id IN (SELECT id FROM upgrade_targets);
        UPDATE upgrade_orphans SET edge = {Keys.EdgeKeyFunction.Name}(id);
        CREATE TEMP TABLE upgrade_bases AS
            SELECT max(ifnull((SELECT max(no) FROM entities), 0), ifnull((SELECT max(no) FROM target_keys), 0)) AS node,
                   max(ifnull((SELECT max(no) FROM relations), 0), ifnull((SELECT -min(no) FROM target_keys), 0)) AS edge;
        INSERT INTO target_keys (no, id)
            SELECT (SELECT node FROM upgrade_bases) + row_number() OVER (ORDER BY id), id FROM upgrade_orphans WHERE edge = 0;
        INSERT INTO target_keys (no, id)
            SELECT -((SELECT edge FROM upgrade_bases) + row_number() OVER (ORDER BY id)), id FROM upgrade_orphans WHERE edge = 1;
        INSERT OR IGNORE INTO upgrade_targets (id, no) SELECT k.id, k.no FROM upgrade_orphans o JOIN target_keys k ON k.id = o.id;
        DELETE FROM upgrade_orphans;
        """;

    /// <summary>Gathers the ids a moved-aside table names into <c>upgrade_orphans</c>: {0} is the table, {1} its id column.</summary>
    public const string GatherTargetsSql = "INSERT OR IGNORE INTO upgrade_orphans (id, edge) SELECT DISTINCT {1}, 0 FROM {0};";

    /// <summary>A moved-aside span table ({1}) rewritten by number into {0}, in key order.</summary>
    public const string NumberSpansSql = """
        INSERT INTO {0} (target_no, source_no, start, "end", sentence_id, extractor_version)
            SELECT t.no, m.source_no, m.start, m."end", m.sentence_id, m.extractor_version
              FROM {1} m JOIN upgrade_targets t ON t.id = m.target_id
             ORDER BY 1, 2, 3, 4;
        DROP TABLE {1};
        """;

    public const string NumberFactRowsSql = """
        INSERT INTO fact_rows (entity_no, metric, source_no, start, "end", value, unit, year, sentence_id, extractor_version)
            SELECT t.no, f.metric, f.source_no, f.start, f."end", f.value, f.unit, f.year, f.sentence_id, f.extractor_version
              FROM fact_rows_v10 f JOIN upgrade_targets t ON t.id = f.entity_id
             ORDER BY 1, 2, 3, 4;
        DROP TABLE fact_rows_v10;
        """;

    public const string DropUpgradeTargetsSql = "DROP TABLE upgrade_targets; DROP TABLE upgrade_orphans; DROP TABLE IF EXISTS upgrade_bases;";
}
