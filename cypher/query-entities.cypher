// Entity search, filters, sort and one page (offset cursor), with the total count, in one round trip.
// Every filter is optional (null = no filter). $textQuery is $text escaped as a Lucene phrase for the CJK full-text
// index; texts shorter than one bigram (one Chinese character) have $textQuery = null and use a substring scan.
// The region filter is an index range seek when it is the only entry point (no text).
// $sort is 'Name' | 'MentionCount' | 'FirstSeen'; ties break on id. $limit + 1 rows come back to tell if there is more.
// Example params (Browser):
// :param text => '乳业'
// :param textQuery => '"乳业"'
// :param kinds => null
// :param regionPrefix => null
// :param level => null
// :param nameContains => null
// :param segmentId => null
// :param chainId => null
// :param segmentPrefix => null
// :param sort => 'Name'
// :param descending => false
// :param skip => 0
// :param limit => 50
CALL () {
  WITH $textQuery AS q
  WHERE q IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', q) YIELD node
  RETURN node AS n
  UNION
  WITH $text AS t
  WHERE t IS NOT NULL AND $textQuery IS NULL
  MATCH (node:Entity)
  WHERE node.name CONTAINS t OR any(a IN node.aliases WHERE a CONTAINS t)
  RETURN node AS n
  UNION
  WITH $regionPrefix AS prefix
  WHERE $text IS NULL AND prefix IS NOT NULL
  MATCH (node:Entity)
  WHERE node.regionCode STARTS WITH prefix
  RETURN node AS n
  UNION
  WITH $text AS t
  WHERE t IS NULL AND $regionPrefix IS NULL
  MATCH (node:Entity)
  RETURN node AS n
}
WITH n
WHERE ($kinds IS NULL OR n.kind IN $kinds)
  AND ($regionPrefix IS NULL OR n.regionCode STARTS WITH $regionPrefix)
  AND ($level IS NULL OR n.level = $level)
  AND ($nameContains IS NULL OR n.name CONTAINS $nameContains)
  AND ($segmentId IS NULL OR EXISTS { MATCH (n)-->(s:Entity) WHERE s.id = $segmentId })
  AND ($chainId IS NULL OR EXISTS {
        MATCH (n)-->(s:Entity)
        WHERE (s.id = $chainId OR s.id STARTS WITH $segmentPrefix) AND NOT n.kind IN ['ChainSegment', 'IndustryChain']
      })
WITH n,
     CASE $sort
       WHEN 'MentionCount' THEN n.mentionCount
       WHEN 'FirstSeen' THEN n.firstSeen
       ELSE n.name
     END AS sortKey
ORDER BY CASE WHEN $descending THEN null ELSE sortKey END ASC,
         CASE WHEN $descending THEN sortKey ELSE null END DESC,
         n.id ASC
WITH collect(n) AS matched
RETURN size(matched) AS total, [x IN matched[$skip..($skip + $limit + 1)] | properties(x)] AS page;
