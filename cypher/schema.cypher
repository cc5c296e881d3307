// Schema: constraints and indexes, created at start-up by Neo4jGraphStore.InitializeAsync.
// Every statement is idempotent (IF NOT EXISTS), so this runs on every start. Statements are split on ';'.
// Needs Neo4j 5.26+ (dynamic labels in upsert-graph.cypher); works on Community, Enterprise and Aura.
// No parameters. Run in Neo4j Browser as is (with multi-statement editor enabled).

// One node per id, whatever its labels: :Node is anything an edge can touch, :Entity an upserted entity.
// The unique constraints double as the id lookup indexes (also for ChainSegment:{chain}/ prefix seeks).
CREATE CONSTRAINT node_id IF NOT EXISTS FOR (n:Node) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT bulletin_id IF NOT EXISTS FOR (b:Bulletin) REQUIRE b.id IS UNIQUE;
CREATE CONSTRAINT article_key IF NOT EXISTS FOR (a:Article) REQUIRE a.key IS UNIQUE;
CREATE CONSTRAINT mention_key IF NOT EXISTS FOR (m:Mention) REQUIRE m.key IS UNIQUE;
CREATE CONSTRAINT fact_key IF NOT EXISTS FOR (f:Fact) REQUIRE f.key IS UNIQUE;

// Relationship ids ({from}|{TYPE}|{to}) are unique per type; one constraint per RelationKind code
// (a test checks this list against the enum).
CREATE CONSTRAINT located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT part_of_id IF NOT EXISTS FOR ()-[r:PART_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT leads_id IF NOT EXISTS FOR ()-[r:LEADS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT affiliated_with_id IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT supports_id IF NOT EXISTS FOR ()-[r:SUPPORTS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT funds_id IF NOT EXISTS FOR ()-[r:FUNDS]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT produced_id IF NOT EXISTS FOR ()-[r:PRODUCED]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT serves_id IF NOT EXISTS FOR ()-[r:SERVES]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT operates_in_id IF NOT EXISTS FOR ()-[r:OPERATES_IN]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT cooperates_with_id IF NOT EXISTS FOR ()-[r:COOPERATES_WITH]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT member_of_id IF NOT EXISTS FOR ()-[r:MEMBER_OF]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT issued_by_id IF NOT EXISTS FOR ()-[r:ISSUED_BY]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT transferred_to_id IF NOT EXISTS FOR ()-[r:TRANSFERRED_TO]-() REQUIRE r.id IS UNIQUE;
CREATE CONSTRAINT supplies_id IF NOT EXISTS FOR ()-[r:SUPPLIES]-() REQUIRE r.id IS UNIQUE;

// Range indexes: region filter is `regionCode STARTS WITH $prefix` (a range seek), kind/level are equality filters.
CREATE INDEX entity_region IF NOT EXISTS FOR (n:Entity) ON (n.regionCode);
CREATE INDEX entity_kind IF NOT EXISTS FOR (n:Entity) ON (n.kind);
CREATE INDEX entity_level IF NOT EXISTS FOR (n:Entity) ON (n.level);
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX bulletin_status IF NOT EXISTS FOR (b:Bulletin) ON (b.status);
CREATE INDEX article_bulletin IF NOT EXISTS FOR (a:Article) ON (a.bulletinId);
CREATE INDEX mention_target IF NOT EXISTS FOR (m:Mention) ON (m.targetId);
CREATE INDEX mention_bulletin IF NOT EXISTS FOR (m:Mention) ON (m.bulletinId);
CREATE INDEX fact_entity IF NOT EXISTS FOR (f:Fact) ON (f.entityId);
CREATE INDEX entity_mentions IF NOT EXISTS FOR (n:Entity) ON (n.mentionCount);
CREATE INDEX entity_first_seen IF NOT EXISTS FOR (n:Entity) ON (n.firstSeen);

// Full-text search over names and aliases. The CJK analyzer indexes Chinese as overlapping bigrams, so the
// phrase "乳业" matches 国家乳业技术创新中心. aliasText is the aliases joined by newlines (kept in step by upsert-graph).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: false } };
