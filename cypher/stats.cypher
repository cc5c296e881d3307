// Graph size for the stats query and dashboards: counts come from the count store where Neo4j has them.
// No parameters.
CALL () {
  MATCH (n:Entity)
  WITH n.kind AS kind, count(*) AS count
  RETURN collect({kind: kind, count: count}) AS entitiesByKind
}
CALL () {
  MATCH ()-[r]->()
  WITH type(r) AS type, count(*) AS count
  RETURN collect({type: type, count: count}) AS relationsByType
}
CALL () {
  MATCH (m:Mention)
  RETURN count(m) AS mentions
}
CALL () {
  MATCH (b:Bulletin)
  RETURN count(b) AS bulletins
}
RETURN entitiesByKind, relationsByType, mentions, bulletins;
