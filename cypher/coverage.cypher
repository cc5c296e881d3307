// Gap analysis support: how many distinct entities of each kind are placed on each segment (or the chain itself)
// per region code, over all regions. A segment × region × kind with no row is a gap.
// Example params (Browser):
// :param chainId => 'IndustryChain:乳业'
// :param segmentPrefix => 'ChainSegment:乳业/'
MATCH (s:Entity)
WHERE s.id = $chainId OR s.id STARTS WITH $segmentPrefix
MATCH (e:Entity)-->(s)
WHERE NOT e.kind IN ['ChainSegment', 'IndustryChain']
RETURN s.id AS segmentId, e.regionCode AS regionCode, e.kind AS kind, count(DISTINCT e) AS count
ORDER BY segmentId, regionCode, kind;
