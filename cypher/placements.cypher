// Chain map: every entity with a placing edge ($placementTypes: SERVES, OPERATES_IN, SUPPORTS, FUNDS, PRODUCED, the
// shared PlacementKinds list) to one of the chain's segments (ChainSegment nodes PART_OF the chain) or to the chain
// itself, optionally only in one region and everything inside it (adcode prefix, index-backed STARTS WITH).
// Example params (Browser):
// :param chainId => 'IndustryChain:乳业'
// :param placementTypes => ['SERVES', 'OPERATES_IN', 'SUPPORTS', 'FUNDS', 'PRODUCED']
// :param regionPrefix => '15'
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
  AND ($regionPrefix IS NULL OR e.regionCode STARTS WITH $regionPrefix)
RETURN s.id AS segmentId, e.id AS entityId, e.kind AS kind, e.name AS name, e.regionCode AS regionCode,
       type(r) AS via, r.role AS role
ORDER BY segmentId, name, entityId, via;
