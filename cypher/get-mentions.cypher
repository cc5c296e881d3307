// Mentions (bulletin, article, sentence, offsets) of nodes or edges: a target id is an entity id or a relation id.
// Example params (Browser):
// :param targetIds => ['Lab:国家乳业技术创新中心']
MATCH (m:Mention)
WHERE m.targetId IN $targetIds
RETURN properties(m) AS mention
ORDER BY m.targetId, m.bulletinId, m.start, m.end;
