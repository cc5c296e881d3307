// Entity search, filters, sort and one page (offset cursor), with the total count, in one round trip.
// Every filter is optional (null = no filter). Text is split into $terms, each of which must be a substring of the
// name or of an alias. $textQuery narrows the candidates first through the CJK bigram full-text index: the terms of
// two or more Chinese characters as Lucene phrases joined by AND ("乳业" finds 国家乳业技术创新中心); other terms
// (one character, Latin, digits, punctuation) are only matched by substring.
// With no text, a region filter is the entry point (index range seek on regionCode).
// $sort is 'Name' | 'MentionCount' | 'FirstSeen'; ties break on id in the same direction.
// $limit + 1 rows come back to tell whether another page follows.
// Example params (Browser):
// :param textQuery => '"乳业"'
// :param terms => ['乳业']
// :param kinds => null
// :param regionPrefix => null
// :param level => null
// :param nameContains => null
// :param segmentId => null
// :param chainId => null
// :param placementTypes => ['SERVES', 'OPERATES_IN', 'SUPPORTS', 'FUNDS', 'PRODUCED']
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
  WITH $terms AS terms
  WHERE $textQuery IS NULL AND size(terms) > 0
  MATCH (node:Entity)
  WHERE node.name CONTAINS terms[0] OR any(a IN node.aliases WHERE a CONTAINS terms[0])
  RETURN node AS n
  UNION
  WITH $regionPrefix AS prefix
  WHERE $textQuery IS NULL AND size($terms) = 0 AND prefix IS NOT NULL
  MATCH (node:Entity)
  WHERE node.regionCode STARTS WITH prefix
  RETURN node AS n
  UNION
  WITH $regionPrefix AS prefix
  WHERE $textQuery IS NULL AND size($terms) = 0 AND prefix IS NULL
  MATCH (node:Entity)
  RETURN node AS n
}
WITH n
WHERE n:Entity
  AND all(t IN $terms WHERE n.name CONTAINS t OR any(a IN n.aliases WHERE a CONTAINS t))
  AND ($kinds IS NULL OR n.kind IN $kinds)
  AND ($regionPrefix IS NULL OR n.regionCode STARTS WITH $regionPrefix)
  AND ($level IS NULL OR n.level = $level)
  AND ($nameContains IS NULL OR toLower(n.name) CONTAINS toLower($nameContains))
  AND ($segmentId IS NULL OR EXISTS {
        MATCH (n)-[r]->(s:Node {id: $segmentId})
        WHERE type(r) IN $placementTypes
      })
  AND ($chainId IS NULL OR EXISTS {
        MATCH (n)-[r]->(s:Node)
        WHERE type(r) IN $placementTypes
          AND (s.id = $chainId OR (s.kind = 'ChainSegment' AND EXISTS { MATCH (s)-[:PART_OF]->(:Node {id: $chainId}) }))
      })
WITH n,
     CASE $sort
       WHEN 'MentionCount' THEN n.mentionCount
       WHEN 'FirstSeen' THEN n.firstSeen
       ELSE n.name
     END AS sortKey
ORDER BY CASE WHEN $descending THEN null ELSE sortKey END ASC,
         CASE WHEN $descending THEN null ELSE n.id END ASC,
         CASE WHEN $descending THEN sortKey END DESC,
         CASE WHEN $descending THEN n.id END DESC
WITH collect(n) AS matched
RETURN size(matched) AS total, [x IN matched[$skip..($skip + $limit + 1)] | properties(x)] AS page;
