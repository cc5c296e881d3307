// Waits (up to 300 s) until every index is online, so the first search after start-up sees the full-text index.
// No parameters.
CALL db.awaitIndexes(300);
