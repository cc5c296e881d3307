using System.Globalization;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// Upserts graph rows inside one write transaction with prepared commands that are re-bound per row: the
/// statement is compiled once per batch, which keeps bulk commits close to raw insert speed.
/// </summary>
internal sealed class GraphWriter : IDisposable
{
    private const string UpsertEntitySql = """
        INSERT INTO entities (id, kind, name, region_code, level, status, properties, first_seen)
        VALUES ($id, $kind, $name, $region, $level, $status, $properties, $seen)
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

    private const string InsertAliasSql = "INSERT INTO aliases (entity_id, alias) VALUES ($id, $alias) ON CONFLICT DO NOTHING";

    private const string UpsertRelationSql = """
        INSERT INTO relations (id, from_id, kind, to_id, properties) VALUES ($id, $from, $kind, $to, $properties)
        ON CONFLICT (id) DO UPDATE SET properties = json_patch(excluded.properties, relations.properties)
        WHERE excluded.properties <> '{}' AND json_patch(excluded.properties, relations.properties) <> relations.properties
        """;

    private const string InsertMentionSql = """
        INSERT INTO mention_spans (target_id, source_no, start, "end", sentence_id, extractor_version)
        VALUES ($target, $source, $start, $end, $sentence, $version)
        ON CONFLICT DO NOTHING
        """;

    private const string UpsertFactSql = """
        INSERT INTO facts (key, entity_id, metric, value, unit, year, bulletin_id, article_index, article_title,
                           sentence_index, sentence, sentence_start, start, "end", extractor_version)
        VALUES ($key, $target, $metric, $value, $unit, $year, $bulletin, $article, $title, $sentenceIndex, $sentence,
                $sentenceStart, $start, $end, $version)
        ON CONFLICT (key) DO UPDATE SET value = excluded.value, unit = excluded.unit, year = excluded.year
        WHERE facts.value IS NOT excluded.value OR facts.unit IS NOT excluded.unit OR facts.year IS NOT excluded.year
        """;

    private const string UpsertArticleSql = """
        INSERT INTO articles (bulletin_id, article_index, title, start, "end", sentence_count)
        VALUES ($bulletin, $index, $title, $start, $end, $sentences)
        ON CONFLICT (bulletin_id, article_index) DO UPDATE SET
            title = excluded.title, start = excluded.start, "end" = excluded."end", sentence_count = excluded.sentence_count
        WHERE articles.title IS NOT excluded.title OR articles.start IS NOT excluded.start
           OR articles."end" IS NOT excluded."end" OR articles.sentence_count IS NOT excluded.sentence_count
        """;

    /// <summary>
    /// Entities and aliases added since the batch began have rowids above the marks taken at its start (rowid tables
    /// without AUTOINCREMENT and without deletes always append), so the follow-up work below touches only those rows.
    /// </summary>
    private const string MarksSql = "SELECT (SELECT ifnull(max(rowid), 0) FROM entities), (SELECT ifnull(max(rowid), 0) FROM aliases)";

    /// <summary>
    /// Names and aliases the batch added go into the trigram index, and nodes the batch created get their mention
    /// count from scratch (a mention may have arrived before its node). Nodes that existed before are incremented
    /// by the mentions the batch actually inserted (see <see cref="Complete"/>): recounting them would re-read every
    /// mention of a busy node (a province is mentioned in most bulletins) on every commit.
    /// </summary>
    private const string CompleteSql = """
        INSERT INTO entity_text (entity_id, text) SELECT id, name FROM entities WHERE rowid > $entityMark;
        INSERT INTO entity_text (entity_id, text) SELECT entity_id, alias FROM aliases WHERE rowid > $aliasMark;
        UPDATE entities SET mention_count = (SELECT count(*) FROM mention_spans m WHERE m.target_id = entities.id)
         WHERE rowid > $entityMark;
        """;

    private const string AddMentionsSql = "UPDATE entities SET mention_count = mention_count + $added WHERE id = $id AND rowid <= $entityMark";

    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly List<SqliteCommand> commands = [];
    private PreparedCommand? entity;
    private PreparedCommand? alias;
    private PreparedCommand? relation;
    private PreparedCommand? mention;
    private PreparedCommand? fact;
    private PreparedCommand? article;

    private readonly long entityMark;
    private readonly long aliasMark;
    private readonly Dictionary<string, int> insertedMentions = new(StringComparer.Ordinal);
    private readonly HashSet<string> relationIds = new(StringComparer.Ordinal);
    private SentenceRefs? sentences;

    public GraphWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
        using var marks = connection.CreateCommand();
        marks.Transaction = transaction;
        marks.CommandText = MarksSql;
        using var reader = marks.ExecuteReader();
        reader.Read();
        (entityMark, aliasMark) = (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>Indexes the names and aliases the batch added for search and brings mention counts up to date.</summary>
    public void Complete()
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = CompleteSql;
        command.Parameters.AddWithValue("$entityMark", entityMark);
        command.Parameters.AddWithValue("$aliasMark", aliasMark);
        command.ExecuteNonQuery();
        if (insertedMentions.Count == 0)
        {
            return;
        }

        var add = Prepare(AddMentionsSql, "$added", "$id", "$entityMark");
        foreach (var (target, added) in insertedMentions)
        {
            // Edges are mentioned too (about half the mentions); only nodes carry a count.
            if (!relationIds.Contains(target))
            {
                add.Execute(added, target, entityMark);
            }
        }
    }

    public void WriteEntities(IReadOnlyList<Entity> entities, long? seenTicks)
    {
        if (entities.Count == 0)
        {
            return;
        }

        var upsert = entity ??= Prepare(UpsertEntitySql, "$id", "$kind", "$name", "$region", "$level", "$status", "$properties", "$seen");
        var addAlias = alias ??= Prepare(InsertAliasSql, "$id", "$alias");
        foreach (var e in InKeyOrder(entities, e => e.Id))
        {
            upsert.Execute(e.Id, e.Kind.ToString(), e.Name, e.RegionCode, e.Level, e.Status, StoredJson.Properties(e.Properties), seenTicks ?? SqliteSchema.NeverSeen);
            foreach (var name in e.Aliases)
            {
                if (!string.IsNullOrWhiteSpace(name) && !string.Equals(name, e.Name, StringComparison.Ordinal))
                {
                    addAlias.Execute(e.Id, name);
                }
            }
        }
    }

    public void WriteRelations(IReadOnlyList<Relation> relations)
    {
        if (relations.Count == 0)
        {
            return;
        }

        var upsert = relation ??= Prepare(UpsertRelationSql, "$id", "$from", "$kind", "$to", "$properties");
        foreach (var r in InKeyOrder(relations, r => r.Id))
        {
            upsert.Execute(r.Id, r.FromId, r.Kind.Code(), r.ToId, StoredJson.Properties(r.Properties));
            relationIds.Add(r.Id);
        }
    }

    public void WriteMentions(IReadOnlyList<Mention> mentions)
    {
        if (mentions.Count == 0)
        {
            return;
        }

        var insert = mention ??= Prepare(InsertMentionSql, "$target", "$source", "$start", "$end", "$sentence", "$version");
        sentences ??= new SentenceRefs(connection, transaction);
        foreach (var m in InKeyOrder(mentions, m => m.Key))
        {
            var (source, sentence) = sentences.Resolve(m);
            if (insert.Execute(m.TargetId, source, m.Start, m.End, sentence, m.ExtractorVersion) > 0)
            {
                insertedMentions[m.TargetId] = insertedMentions.GetValueOrDefault(m.TargetId) + 1;
            }
        }
    }

    public void WriteFacts(IReadOnlyList<QuantFact> facts)
    {
        if (facts.Count == 0)
        {
            return;
        }

        var upsert = fact ??= Prepare(
            UpsertFactSql, "$key", "$target", "$metric", "$value", "$unit", "$year", "$bulletin", "$article", "$title", "$sentenceIndex", "$sentence", "$sentenceStart", "$start", "$end", "$version");
        foreach (var f in facts)
        {
            var m = f.Mention;
            upsert.Execute(
                f.Key, f.EntityId, f.Metric, f.Value.ToString(CultureInfo.InvariantCulture), f.Unit, f.Year,
                m.BulletinId, m.ArticleIndex, m.ArticleTitle, m.SentenceIndex, m.Sentence, m.SentenceStart, m.Start, m.End, m.ExtractorVersion);
        }
    }

    public void WriteArticles(IReadOnlyList<Article> articles)
    {
        if (articles.Count == 0)
        {
            return;
        }

        var upsert = article ??= Prepare(UpsertArticleSql, "$bulletin", "$index", "$title", "$start", "$end", "$sentences");
        foreach (var a in articles)
        {
            upsert.Execute(a.BulletinId, a.Index, a.Title, a.Start, a.End, a.SentenceCount);
        }
    }

    public void Dispose()
    {
        sentences?.Dispose();
        foreach (var command in commands)
        {
            command.Dispose();
        }
    }

    /// <summary>
    /// Ids start with the source node, so key order fills the primary key and the from/target indexes left to right
    /// instead of touching random pages: a large batch then writes each B-tree page about once.
    /// </summary>
    private static IEnumerable<T> InKeyOrder<T>(IReadOnlyList<T> rows, Func<T, string> key) =>
        rows.Count < 64 ? rows : rows.OrderBy(key, StringComparer.Ordinal);

    private PreparedCommand Prepare(string sql, params string[] parameterNames)
    {
        var command = connection.CreateCommand();
        commands.Add(command);
        command.Transaction = transaction;
#pragma warning disable CA2100 // constant SQL; values are bound parameters
        command.CommandText = sql;
#pragma warning restore CA2100
        var parameters = new SqliteParameter[parameterNames.Length];
        for (var i = 0; i < parameterNames.Length; i++)
        {
            // No declared type: each value binds as what it is (INTEGER stays INTEGER, so comparisons stay numeric).
            parameters[i] = command.Parameters.AddWithValue(parameterNames[i], DBNull.Value);
        }

        command.Prepare();
        return new PreparedCommand(command, parameters);
    }

    private sealed class PreparedCommand(SqliteCommand command, SqliteParameter[] parameters)
    {
        /// <summary>Runs the statement; returns the rows it changed (0 when ON CONFLICT DO NOTHING kept an existing row).</summary>
        public int Execute(params object?[] values)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            return command.ExecuteNonQuery();
        }
    }
}
