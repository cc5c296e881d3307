// Entities by id (DataLoader batch: one round trip for many ids).
// Example params (Browser):
// :param ids => ['Lab:国家乳业技术创新中心', 'Region:150000']
MATCH (n:Entity)
WHERE n.id IN $ids
RETURN properties(n) AS entity;
