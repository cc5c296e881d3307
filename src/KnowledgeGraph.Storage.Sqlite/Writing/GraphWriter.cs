using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// Upserts graph rows inside one write transaction with statements prepared once per batch and re-bound per row
/// (<see cref="RawStatement"/>), which keeps bulk commits close to raw insert speed.
/// </summary>
internal sealed partial class GraphWriter : IDisposable
{
    private const string UpsertEntitySql = """
        INSERT INTO entities (id, kind, name, region_code, level, status, properties, first_seen, no)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
        ON CONFLICT (id) DO UPDATE SET
            region_code = coalesce(entities.region_code, excluded.region_code),
            level       = coalesce(entities.level, excluded.level),
            status      = coalesce(entities.status, excluded.status),
            properties  = CASE WHEN excluded.properties = '{}' THEN entities.properties
                               ELSE json_patch(excluded.properties, entities.properties) END,
            first_seen  = min(entities.first_seen, excluded.first_seen)
        WHERE (entities.region_code IS NULL AND excluded.region_code IS NOT NULL)
           OR (entities.level IS NULL AND excluded.level IS NOT NULL)
           OR (entities.status IS NULL AND excluded.status IS NOT NULL)
           OR excluded.first_seen < entities.first_seen
           OR (excluded.properties <> '{}' AND json_patch(excluded.properties, entities.properties) <> entities.properties)
        """;

    private const string InsertAliasSql = "INSERT INTO aliases (entity_id, alias) VALUES (?1, ?2) ON CONFLICT DO NOTHING";

    /// <summary>
    /// An edge the file does not hold yet is inserted with its number; one it holds is merged by a second statement only
    /// when it brings properties. The lookup that tells the two apart also gives the edge's number for its mentions.
    /// </summary>
    private const string InsertRelationSql = """
        INSERT INTO relations (from_no, kind, to_no, properties, no) VALUES (?1, ?2, ?3, ?4, ?5)
        """;

    private const string MergeRelationPropertiesSql = """
        UPDATE relations SET properties = json_patch(?4, properties)
         WHERE from_no = ?1 AND kind = ?2 AND to_no = ?3 AND json_patch(?4, properties) <> properties
        """;

    private const string UpsertArticleSql = """
        INSERT INTO articles (bulletin_id, article_index, title, start, "end", sentence_count)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6)
        ON CONFLICT (bulletin_id, article_index) DO UPDATE SET
            title = excluded.title, start = excluded.start, "end" = excluded."end", sentence_count = excluded.sentence_count
        WHERE articles.title IS NOT excluded.title OR articles.start IS NOT excluded.start
           OR articles."end" IS NOT excluded."end" OR articles.sentence_count IS NOT excluded.sentence_count
        """;

    /// <summary>
    /// Aliases added since the batch began have rowids above the mark taken at its start (a rowid table without
    /// AUTOINCREMENT and without deletes always appends), so the search rows below are made for those alone.
    /// </summary>
    private const string AliasMarkSql = "SELECT ifnull(max(rowid), 0) FROM aliases";

    /// <summary>The nodes the batch created: new numbers, and numbers a mention had reserved (<c>$arrived</c>).</summary>
    private const string CreatedSql = "SELECT no FROM entities WHERE no >= $firstNew UNION ALL SELECT value FROM json_each($arrived)";

    /// <summary>
    /// The names of the nodes the batch created and every alias the batch added go into the trigram index and the
    /// pair index (<see cref="SearchGrams"/>); the alias rows are selected once for each index, since a batch adds
    /// few aliases, and staging them in a temporary table measured no cheaper within this machine's noise.
    /// </summary>
    private const string CompleteSql = $"""
        INSERT INTO entity_text (rowid, text) SELECT e.no << 16, e.name FROM ({CreatedSql}) c JOIN entities e ON e.no = c.no;
        INSERT INTO entity_grams (rowid, grams) SELECT e.no << 16, {SearchGrams.FunctionName}(e.name) FROM ({CreatedSql}) c JOIN entities e ON e.no = c.no;
        INSERT INTO entity_text (rowid, text) {SearchText.AliasRowsSql};
        INSERT INTO entity_grams (rowid, grams) SELECT row, {SearchGrams.FunctionName}(text) FROM ({SearchText.AliasRowsSql});
        """;

    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly List<RawStatement> statements = [];
    private readonly GroupMerge merge = new();
    private RawStatement? article;

    private readonly TargetNumbers numbers;
    private readonly long aliasMark;

    /// <summary>Nodes the batch created under a number a mention had reserved: their counts are taken from scratch.</summary>
    private readonly List<long> arrived = [];

    private readonly long recentMentionRows;

    /// <param name="recentMentionRows">When the waiting mentions reach this many, the batch moves them (<see cref="MergeRecentMentions"/>).</param>
    public GraphWriter(SqliteConnection connection, SqliteTransaction transaction, int recentMentionRows)
    {
        this.connection = connection;
        this.transaction = transaction;
        this.recentMentionRows = recentMentionRows;
        numbers = new TargetNumbers(connection, transaction, Prepare);
        using var mark = connection.CreateCommand();
        mark.Transaction = transaction;
        mark.CommandText = AliasMarkSql;
        aliasMark = (long)mark.ExecuteScalar()!;
    }

    /// <summary>
    /// Writes the batch's merged nodes and edges and its mentions, indexes the names and aliases it added for search and brings mention counts up
    /// to date. Call once, after the last Write.
    /// </summary>
    public void Complete()
    {
        FlushEntities();
        FlushRelations();
        FlushMentions();
        FlushFacts();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = CompleteSql;
        command.Parameters.AddWithValue("$firstNew", numbers.FirstNewNode);
        command.Parameters.AddWithValue("$arrived", StoredJson.Numbers(arrived));
        command.Parameters.AddWithValue("$aliasMark", aliasMark);
        command.ExecuteNonQuery();
        AddMentionCounts();
        AddCounts();
        MergeRecentMentions();
    }

    /// <summary>Merged into the group's nodes; written once each by <see cref="Complete"/>.</summary>
    public void WriteEntities(IReadOnlyList<Entity> entities, long? seenTicks)
    {
        var seen = seenTicks ?? SqliteSchema.NeverSeen;
        foreach (var e in entities)
        {
            merge.Add(e, seen);
        }
    }

    /// <summary>Merged into the group's edges; written once each by <see cref="Complete"/>.</summary>
    public void WriteRelations(IReadOnlyList<Relation> relations)
    {
        foreach (var r in relations)
        {
            merge.Add(r);
        }
    }

    public void WriteArticles(IReadOnlyList<Article> articles)
    {
        if (articles.Count == 0)
        {
            return;
        }

        var upsert = article ??= Prepare(UpsertArticleSql);
        foreach (var a in articles)
        {
            upsert.Text(1, a.BulletinId).Int(2, a.Index).Text(3, a.Title).Int(4, a.Start).Int(5, a.End).Int(6, a.SentenceCount).Execute();
        }
    }

    public void Dispose()
    {
        sentences?.Dispose();
        foreach (var statement in statements)
        {
            statement.Dispose();
        }
    }

    private void FlushEntities()
    {
        if (merge.EntityCount == 0)
        {
            return;
        }

        var upsert = Prepare(UpsertEntitySql);
        var addAlias = Prepare(InsertAliasSql);
        foreach (var e in merge.EntitiesInKeyOrder())
        {
            var kind = e.Kind.ToString();
            if (numbers.StoredNode(e.Id) is not { } no)
            {
                no = numbers.NewNode(e.Id, out var reserved);
                if (reserved)
                {
                    arrived.Add(no);
                }

                newEntities[kind] = newEntities.GetValueOrDefault(kind) + 1;
            }

            upsert.Text(1, e.Id).Text(2, kind).Text(3, e.Name).Text(4, e.RegionCode).Text(5, e.Level).Text(6, e.Status)
                .Text(7, StoredJson.Properties(e.Properties)).Int(8, e.SeenTicks).Int(9, no).Execute();
            foreach (var name in e.Aliases)
            {
                if (!string.IsNullOrWhiteSpace(name) && !string.Equals(name, e.Name, StringComparison.Ordinal))
                {
                    addAlias.Text(1, e.Id).Text(2, name).Execute();
                }
            }
        }
    }

    private void FlushRelations()
    {
        if (merge.RelationCount == 0)
        {
            return;
        }

        var insert = Prepare(InsertRelationSql);
        RawStatement? mergeProperties = null;
        // Key order, so each B-tree page the group touches is written about once; the ends are numbered first (an
        // end no node holds yet is reserved a number, see TargetNumbers.Node).
        var edges = new List<(long From, string Kind, long To, string Id, MergedRelation Relation)>(merge.RelationCount);
        foreach (var (id, r) in merge.Relations)
        {
            edges.Add((numbers.Node(r.FromId), r.Kind.Code(), numbers.Node(r.ToId), id, r));
        }

        edges.Sort(static (x, y) =>
        {
            var c = x.From.CompareTo(y.From);
            c = c != 0 ? c : string.CompareOrdinal(x.Kind, y.Kind);
            return c != 0 ? c : x.To.CompareTo(y.To);
        });
        foreach (var (from, kind, to, id, r) in edges)
        {
            var properties = StoredJson.Properties(r.Properties);
            if (numbers.StoredEdge(id, from, kind, to) is null)
            {
                insert.Int(1, from).Text(2, kind).Int(3, to).Text(4, properties).Int(5, numbers.NewEdge(id)).Execute();
                newRelations[kind] = newRelations.GetValueOrDefault(kind) + 1;
            }
            else if (r.Properties.Count > 0)
            {
                (mergeProperties ??= Prepare(MergeRelationPropertiesSql)).Int(1, from).Text(2, kind).Int(3, to).Text(4, properties).Execute();
            }
        }
    }

    private RawStatement Prepare(string sql)
    {
        var statement = new RawStatement(connection, sql);
        statements.Add(statement);
        return statement;
    }
}
