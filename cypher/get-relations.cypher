// Edges touching some ids in one direction ('Outgoing' | 'Incoming' | 'Both'), optionally of some types only.
// Example params (Browser):
// :param ids => ['Lab:国家乳业技术创新中心']
// :param direction => 'Both'
// :param types => null
MATCH (n:Node)
WHERE n.id IN $ids
CALL (n) {
  MATCH (n)-[r]->()
  WHERE $direction <> 'Incoming'
  RETURN r
  UNION
  MATCH (n)<-[r]-()
  WHERE $direction <> 'Outgoing'
  RETURN r
}
WITH DISTINCT r
WHERE $types IS NULL OR type(r) IN $types
WITH r, startNode(r).id AS fromId, type(r) AS type, endNode(r).id AS toId
RETURN fromId, type, toId, properties(r) AS props
ORDER BY fromId, type, toId;
