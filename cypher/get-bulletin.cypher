// One bulletin row by id (lowercase hex SHA-256 of the file).
// Example params (Browser):
// :param id => 'a3f1'
MATCH (b:Bulletin {id: $id})
RETURN properties(b) AS bulletin;
