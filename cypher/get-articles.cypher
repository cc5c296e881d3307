// Articles of some bulletins, in bulletin order.
// Example params (Browser):
// :param bulletinIds => ['a3f1']
MATCH (a:Article)
WHERE a.bulletinId IN $bulletinIds
RETURN properties(a) AS article
ORDER BY a.bulletinId, a.index;
