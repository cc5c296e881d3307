using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// A group's edges are written in key order at its end. An edge new to the file goes into <c>relations_recent</c>,
/// which stays small and cached, and moves into <c>relations</c> many groups at a time (<see cref="MergeRecentRelations"/>).
/// An edge already in either table stays where it is and only takes the new properties, so a key is only ever in one
/// of them.
/// </summary>
internal sealed partial class GraphWriter
{
    /// <summary>
    /// One change = a new edge, counted by <see cref="AddCounts"/>. The large table is only read here: looking a key
    /// up costs a read of its leaf, not a write of it to the WAL.
    /// </summary>
    private const string InsertRecentRelationSql = """
        INSERT INTO relations_recent (from_id, kind, to_id, properties)
        SELECT ?1, ?2, ?3, ?4
         WHERE NOT EXISTS (SELECT 1 FROM relations r WHERE r.from_id = ?1 AND r.kind = ?2 AND r.to_id = ?3)
        ON CONFLICT DO NOTHING
        """;

    /// <summary>An edge that was there already and brings properties: merged in whichever table holds it.</summary>
    private const string MergeRelationPropertiesSql = """
        UPDATE relations SET properties = json_patch(?4, properties)
         WHERE from_id = ?1 AND kind = ?2 AND to_id = ?3 AND json_patch(?4, properties) <> properties
        """;

    private const string MergeRecentRelationPropertiesSql = """
        UPDATE relations_recent SET properties = json_patch(?4, properties)
         WHERE from_id = ?1 AND kind = ?2 AND to_id = ?3 AND json_patch(?4, properties) <> properties
        """;

    private const string RecentRelationCountSql = "SELECT count(*) FROM relations_recent";

    /// <summary>
    /// Key order, so each leaf of the large tree is written once for the whole move. A key never is in both tables;
    /// should a file written otherwise hold one twice, the properties are merged rather than the move refused.
    /// </summary>
    private const string MergeRecentRelationsSql = """
        INSERT INTO relations (from_id, kind, to_id, properties)
            SELECT from_id, kind, to_id, properties FROM relations_recent WHERE true ORDER BY from_id, kind, to_id
        ON CONFLICT (from_id, kind, to_id) DO UPDATE SET properties = json_patch(excluded.properties, relations.properties);
        DELETE FROM relations_recent;
        """;

    private bool addedRecentRelations;

    private void FlushRelations()
    {
        if (merge.RelationCount == 0)
        {
            return;
        }

        var insert = Prepare(InsertRecentRelationSql);
        RawStatement? mergeMain = null, mergeRecent = null;
        foreach (var (_, r) in merge.RelationsInKeyOrder())
        {
            var (kind, properties) = (r.Kind.Code(), StoredJson.Properties(r.Properties));
            if (insert.Text(1, r.FromId).Text(2, kind).Text(3, r.ToId).Text(4, properties).Execute() > 0)
            {
                newRelations[kind] = newRelations.GetValueOrDefault(kind) + 1;
                addedRecentRelations = true;
            }
            else if (r.Properties.Count > 0)
            {
                (mergeMain ??= Prepare(MergeRelationPropertiesSql)).Text(1, r.FromId).Text(2, kind).Text(3, r.ToId).Text(4, properties).Execute();
                (mergeRecent ??= Prepare(MergeRecentRelationPropertiesSql)).Text(1, r.FromId).Text(2, kind).Text(3, r.ToId).Text(4, properties).Execute();
            }
        }
    }

    /// <summary>Moves the waiting edges into the large table once there are enough of them to be worth a pass over it.</summary>
    private void MergeRecentRelations()
    {
        if (!addedRecentRelations)
        {
            return;
        }

        using var count = connection.CreateCommand();
        count.Transaction = transaction;
        count.CommandText = RecentRelationCountSql;
        if ((long)count.ExecuteScalar()! < recentRelationRows)
        {
            return;
        }

        using var move = connection.CreateCommand();
        move.Transaction = transaction;
        move.CommandText = MergeRecentRelationsSql;
        move.ExecuteNonQuery();
    }
}
