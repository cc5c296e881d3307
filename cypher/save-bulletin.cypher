// Records a bulletin without a graph (Pending, Failed, Duplicate): replaces the row's properties.
// Example params (Browser):
// :param bulletin => {id: 'a3f1', name: '科技情报参考-2024.pdf', status: 'Failed', receivedAt: datetime('2024-05-01T08:00:00Z'), error: 'no text layer', articles: 0, entities: 0, relations: 0, sizeBytes: 1024}
MERGE (b:Bulletin {id: $bulletin.id})
SET b = $bulletin;
