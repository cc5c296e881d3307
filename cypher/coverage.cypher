// Gap analysis support: how many distinct entities of each kind are placed on each segment (or on the chain itself)
// per region code, over all regions. A segment × region × kind without a row is a gap.
// Example params (Browser):
// :param chainId => 'IndustryChain:乳业'
// :param placementTypes => ['SERVES', 'OPERATES_IN', 'SUPPORTS', 'FUNDS', 'PRODUCED']
MATCH (c:Node {id: $chainId})
CALL (c) {
  RETURN c AS s
  UNION
  MATCH (s:Entity)-[:PART_OF]->(c)
  WHERE s.kind = 'ChainSegment'
  RETURN s
}
MATCH (e:Entity)-[r]->(s)
WHERE type(r) IN $placementTypes
RETURN s.id AS segmentId, e.regionCode AS regionCode, e.kind AS kind, count(DISTINCT e) AS count
ORDER BY segmentId, regionCode, kind;
