// Chain map: every entity with an edge (SERVES, OPERATES_IN, SUPPORTS, FUNDS, PRODUCED …) to one of the chain's
// segments or to the chain itself, optionally only in one region and everything inside it (adcode prefix).
// Segments are found by id prefix ChainSegment:{chain}/ (an index range seek on the entity_id constraint);
// the chain's own structure (PART_OF, SUPPLIES between segments) is not a placement.
// Example params (Browser):
// :param chainId => 'IndustryChain:乳业'
// :param segmentPrefix => 'ChainSegment:乳业/'
// :param regionPrefix => '15'
MATCH (s:Entity)
WHERE s.id = $chainId OR s.id STARTS WITH $segmentPrefix
MATCH (e:Entity)-[r]->(s)
WHERE NOT e.kind IN ['ChainSegment', 'IndustryChain']
  AND ($regionPrefix IS NULL OR e.regionCode STARTS WITH $regionPrefix)
RETURN s.id AS segmentId, e.id AS entityId, e.kind AS kind, e.name AS name, e.regionCode AS regionCode,
       type(r) AS via, r.id AS relationId, r.role AS role
ORDER BY segmentId, kind, name, relationId;
