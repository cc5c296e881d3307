// Upserts a batch of graph rows and, when $bulletin is given, the bulletin row, all in ONE statement, which the
// Query API runs as one implicit transaction: either everything below commits or nothing does.
// Used by CommitBulletinAsync (whole bulletin graph + bulletin row) and UpsertReferenceAsync ($bulletin = null).
// Every write is a MERGE on a key, so running it again with the same rows changes nothing.
// A graph too big for one statement is sent as several calls of this same statement with $bulletin = null, and a
// last call carrying $bulletin: the bulletin is only marked Ingested after every part committed (see docs/neo4j.md).
//
// Model: every id that an edge can touch is a :Node; upserted entities are also :Entity plus their kind label
// (dynamic label $(row.kind), Neo4j 5.26+; the value comes from the EntityKind enum as a parameter, never spliced
// into the text). An edge to an id no entity row has yet leaves a bare :Node, as a relation row without an entity.
// Merge rules (same as the SQLite store): values already stored win, new rows fill gaps; aliases are unioned;
// firstSeen is the earliest $seen (ingestion time of the bulletin); mentionCount counts the node's mentions.
//
// Example params (Browser):
// :param entities => [{id: 'Lab:国家乳业技术创新中心', kind: 'Lab', aliases: ['乳创中心'], fields: {kind: 'Lab', name: '国家乳业技术创新中心', regionCode: '150100', level: '国家级', status: null}, props: {}}]
// :param relations => [{id: 'Lab:国家乳业技术创新中心|LOCATED_IN|Region:150100', type: 'LOCATED_IN', from: 'Lab:国家乳业技术创新中心', to: 'Region:150100', props: {}}]
// :param articles => []
// :param mentions => []
// :param facts => []
// :param bulletin => null
// :param seen => datetime('2024-05-01T08:00:00Z')

CALL () {
  UNWIND $entities AS row
  MERGE (n:Node {id: row.id})
  WITH n, row, properties(n) AS before
  SET n:Entity, n:$(row.kind)
  SET n += row.fields, n += row.props
  SET n += before
  SET n.aliases = reduce(acc = coalesce(before.aliases, []), a IN row.aliases |
        CASE WHEN a IN acc OR a = n.name THEN acc ELSE acc + a END),
      n.firstSeen = CASE
        WHEN $seen IS NOT NULL AND (n.firstSeen IS NULL OR $seen < n.firstSeen) THEN $seen
        ELSE n.firstSeen
      END,
      n.mentionCount = COUNT { MATCH (m:Mention {targetId: row.id}) }
  // The full-text index reads aliases from this one string (a list property is not indexed).
  SET n.aliasText = reduce(s = '', a IN n.aliases | s + a + '\n')
}
CALL () {
  UNWIND $relations AS row
  MERGE (a:Node {id: row.from})
  MERGE (b:Node {id: row.to})
  MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
  WITH r, row, properties(r) AS before
  SET r += row.props
  SET r += before
}
CALL () {
  UNWIND $articles AS row
  MERGE (a:Article {key: row.key})
  SET a = row
}
CALL () {
  UNWIND $mentions AS row
  MERGE (m:Mention {key: row.key})
    ON CREATE SET m = row
  WITH DISTINCT row.targetId AS targetId
  MATCH (n:Entity {id: targetId})
  // Take the node's write lock before counting, so concurrent commits cannot lose each other's mentions.
  SET n.countLock = true
  REMOVE n.countLock
  SET n.mentionCount = COUNT { MATCH (x:Mention {targetId: targetId}) }
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
  SET b = row
}
RETURN $bulletin IS NOT NULL AS bulletinWritten;
