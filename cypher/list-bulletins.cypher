// All bulletins, optionally of one status, oldest first.
// Example params (Browser):
// :param status => 'Ingested'
MATCH (b:Bulletin)
WHERE $status IS NULL OR b.status = $status
RETURN properties(b) AS bulletin
ORDER BY b.receivedAt, b.id;
