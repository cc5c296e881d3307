// Upserts a batch of graph rows and, when $bulletin is given, the bulletin row, all in ONE statement, which the
// Query API runs as one implicit transaction: either everything below commits or nothing does.
// Used by CommitBulletinAsync (whole bulletin graph + bulletin row) and UpsertReferenceAsync ($bulletin = null).
// Every write is a MERGE on a key, so running it again with the same rows changes nothing.
// A graph too big for one statement is sent as several calls of this same statement with $bulletin = null, and a
// last call carrying $bulletin: the bulletin is only marked Ingested after every part committed (see docs/neo4j.md).
// Kind labels and relationship types are dynamic ($(…), Neo4j 5.26+): the values come from the EntityKind and
// RelationKind enums, always as parameters, never spliced into the text.
//
// Example params (Browser):
// :param entities => [{id: 'Lab:国家乳业技术创新中心', kind: 'Lab', name: '国家乳业技术创新中心', aliases: ['乳创中心'], regionCode: '150100', level: '国家级', status: null, props: {}}]
// :param relations => [{id: 'Lab:国家乳业技术创新中心|LOCATED_IN|Region:150100', type: 'LOCATED_IN', from: 'Lab:国家乳业技术创新中心', fromKind: 'Lab', fromName: '国家乳业技术创新中心', to: 'Region:150100', toKind: 'Region', toName: '150100', props: {}}]
// :param articles => []
// :param mentions => []
// :param facts => []
// :param bulletin => null

CALL () {
  UNWIND $entities AS row
  MERGE (n:Entity {id: row.id})
  SET n:$(row.kind),
      n.kind = row.kind,
      n.name = row.name,
      n.regionCode = coalesce(row.regionCode, n.regionCode),
      n.level = coalesce(row.level, n.level),
      n.status = coalesce(row.status, n.status),
      n.mentionCount = coalesce(n.mentionCount, 0),
      n.aliases = reduce(acc = coalesce(n.aliases, []), a IN row.aliases | CASE WHEN a IN acc THEN acc ELSE acc + a END)
  SET n += row.props
  // The full-text index reads aliases from this one string (a list property is not indexed).
  SET n.aliasText = reduce(s = '', a IN n.aliases | s + a + '\n')
}
CALL () {
  UNWIND $relations AS row
  // Endpoints not in the batch are created from their id ({Kind}:{name}) so no edge is silently dropped.
  MERGE (a:Entity {id: row.from})
    ON CREATE SET a:$(row.fromKind), a.kind = row.fromKind, a.name = row.fromName,
                  a.aliases = [], a.aliasText = '', a.mentionCount = 0
  MERGE (b:Entity {id: row.to})
    ON CREATE SET b:$(row.toKind), b.kind = row.toKind, b.name = row.toName,
                  b.aliases = [], b.aliasText = '', b.mentionCount = 0
  MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
  SET r += row.props
}
CALL () {
  UNWIND $articles AS row
  MERGE (a:Article {key: row.key})
  SET a = row
}
CALL () {
  UNWIND $mentions AS row
  MERGE (m:Mention {key: row.key})
  SET m = row
}
CALL () {
  UNWIND $facts AS row
  MERGE (f:Fact {key: row.key})
  SET f = row
}
CALL () {
  WITH $bulletin AS row
  WHERE row IS NOT NULL
  MERGE (b:Bulletin {id: row.id})
  // A second commit of an ingested bulletin keeps its first ingestion time: committing again changes nothing.
  WITH b, row, CASE WHEN b.status = 'Ingested' THEN b.ingestedAt END AS previous
  SET b = row
  SET b.ingestedAt = coalesce(previous, row.ingestedAt)
}
// Denormalised read keys, recomputed from every mention of this bulletin once all its parts are in.
CALL () {
  WITH $bulletin AS row
  WHERE row IS NOT NULL
  MATCH (b:Bulletin {id: row.id})
  MATCH (m:Mention {bulletinId: b.id})
  WITH DISTINCT m.targetId AS targetId, b
  MATCH (n:Entity {id: targetId})
  SET n.mentionCount = COUNT { MATCH (x:Mention {targetId: targetId}) },
      n.firstSeen = CASE
        WHEN n.firstSeen IS NULL OR n.firstSeen > b.ingestedAt THEN b.ingestedAt
        ELSE n.firstSeen
      END
}
RETURN $bulletin IS NOT NULL AS bulletinWritten;
