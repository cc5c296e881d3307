// Quantities stated about some entities (102 家 成员单位 …); value is the exact decimal as a string.
// Example params (Browser):
// :param entityIds => ['Lab:国家乳业技术创新中心']
MATCH (f:Fact)
WHERE f.entityId IN $entityIds
RETURN properties(f) AS fact
ORDER BY f.entityId, f.bulletinId, f.start, f.metric;
