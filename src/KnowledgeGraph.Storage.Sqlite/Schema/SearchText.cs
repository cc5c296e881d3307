namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>
/// How search rows are numbered: a node's name is row <c>no &lt;&lt; 16</c> and its k-th alias (in the order aliases were
/// added, which never changes: aliases only append) row <c>(no &lt;&lt; 16) | k</c>, so a match's node number is its
/// rowid shifted right, read straight from the index. A node's 65,536th alias and later ones are not indexed.
/// </summary>
internal static class SearchText
{
    /// <summary>The 16 written into the SQL here and in the writer, the filters and the upgrade.</summary>
    public const int Shift = 16;

    /// <summary>Search rows (rowid, text) for the aliases with rowid above <c>$aliasMark</c> (every alias when the mark is 0).</summary>
    public const string AliasRowsSql = """
        SELECT (no << 16) | k AS row, alias AS text FROM (
            SELECT e.no AS no, a.alias AS alias,
                   (SELECT count(*) FROM aliases b WHERE b.entity_id = a.entity_id AND b.rowid <= a.rowid) AS k
              FROM aliases a JOIN entities e ON e.id = a.entity_id
             WHERE a.rowid > $aliasMark)
         WHERE k < 65536
        """;
}
