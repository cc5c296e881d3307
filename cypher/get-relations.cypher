// Edges touching some entities in one direction ('Outgoing' | 'Incoming' | 'Both'), optionally of some types only.
// Example params (Browser):
// :param ids => ['Lab:国家乳业技术创新中心']
// :param direction => 'Both'
// :param types => null
MATCH (n:Entity)
WHERE n.id IN $ids
CALL (n) {
  MATCH (n)-[r]->(:Entity)
  WHERE $direction <> 'Incoming'
  RETURN r
  UNION
  MATCH (n)<-[r]-(:Entity)
  WHERE $direction <> 'Outgoing'
  RETURN r
}
WITH DISTINCT r
WHERE $types IS NULL OR type(r) IN $types
RETURN startNode(r).id AS fromId, type(r) AS type, endNode(r).id AS toId, properties(r) AS props
ORDER BY r.id;
