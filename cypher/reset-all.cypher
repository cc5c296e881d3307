// TEST ONLY: empties the database the store points at (contract tests run it before each test against a
// dedicated database). Never called by the application. Batches the deletes so a large graph does not need one
// huge transaction (the Query API runs statements in implicit transactions, which CALL … IN TRANSACTIONS needs).
// No parameters.
MATCH (n)
CALL (n) {
  DETACH DELETE n
} IN TRANSACTIONS OF 10000 ROWS;
