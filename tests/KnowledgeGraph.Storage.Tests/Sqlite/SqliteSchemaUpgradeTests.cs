using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>Files written by earlier schema versions open and keep their rows.</summary>
public sealed class SqliteSchemaUpgradeTests : IDisposable
{
    private const string Centre = "InnovationPlatform:国家乳业技术创新中心";
    private const string Region = "Region:150000";
    private const string Chain = "IndustryChain:乳业";
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task InitializeAsync_VersionTwoRelationsWithIdColumn_KeyedByTripleWithEdgesAndPropertiesKept()
    {
        Directory.CreateDirectory(database.Directory);
        await using (var connection = new SqliteConnection($"Data Source={database.PathOf()};Pooling=False"))
        {
            await connection.OpenAsync();
            using var command = connection.CreateCommand();
            command.CommandText = $$"""
                CREATE TABLE schema_info (version INTEGER NOT NULL); INSERT INTO schema_info VALUES (2);
                CREATE TABLE relations (id TEXT NOT NULL PRIMARY KEY, from_id TEXT NOT NULL, kind TEXT NOT NULL,
                    to_id TEXT NOT NULL, properties TEXT NOT NULL DEFAULT '{}') WITHOUT ROWID;
                CREATE INDEX ix_relations_from ON relations (from_id, kind);
                CREATE INDEX ix_relations_to ON relations (to_id, kind);
                INSERT INTO relations VALUES ('{{RelationIds.For(Centre, RelationKind.LocatedIn, Region)}}', '{{Centre}}', 'LOCATED_IN', '{{Region}}', '{}');
                INSERT INTO relations VALUES ('{{RelationIds.For(Centre, RelationKind.Serves, Chain)}}', '{{Centre}}', 'SERVES', '{{Chain}}', '{"role":"链主"}');
                """;
            await command.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        var store = database.CreateStore();
        await store.InitializeAsync();

        var outgoing = await store.GetRelationsAsync([Centre], RelationDirection.Outgoing);
        var incoming = await store.GetRelationsAsync([Chain], RelationDirection.Incoming);
        Assert.Equal(
            [RelationIds.For(Centre, RelationKind.LocatedIn, Region), RelationIds.For(Centre, RelationKind.Serves, Chain)],
            outgoing.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal("链主", Assert.Single(incoming).Properties["role"]);

        // Committing an edge the file already had changes nothing: the triple is the key.
        await store.UpsertReferenceAsync([], [new Relation(Centre, RelationKind.LocatedIn, Region)]);
        Assert.Equal(2, (await store.GetStatsAsync()).Relations);
        await using var check = new SqliteConnection($"Data Source={database.PathOf()};Pooling=False");
        await check.OpenAsync();
        using var version = check.CreateCommand();
        version.CommandText = "SELECT (SELECT version FROM schema_info), (SELECT count(*) FROM sqlite_master WHERE name IN ('relations_v2', 'ix_relations_from'))";
        using var reader = await version.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Equal(SqliteSchema.Version, reader.GetInt32(0));
        Assert.Equal(0, reader.GetInt32(1));
    }
    [Fact]
    public async Task InitializeAsync_VersionThreeIncomingIndex_ReplacedByOneThatCoversTheRole()
    {
        var first = database.CreateStore();
        await first.InitializeAsync();
        await first.UpsertReferenceAsync([], [new Relation(Centre, RelationKind.Serves, Chain) { Properties = new Dictionary<string, string> { ["role"] = "链主" } }]);
        await using (var connection = new SqliteConnection($"Data Source={database.PathOf()};Pooling=False"))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, """
                DROP INDEX ix_relations_to_props; CREATE INDEX ix_relations_to ON relations (to_no, kind);
                UPDATE schema_info SET version = 3;
                """);
        }

        SqliteConnection.ClearAllPools();
        var store = database.CreateStore();
        await store.InitializeAsync();

        Assert.Equal("链主", Assert.Single(await store.GetRelationsAsync([Chain], RelationDirection.Incoming)).Properties["role"]);
        await using var check = new SqliteConnection($"Data Source={database.PathOf()};Pooling=False");
        await check.OpenAsync();
        Assert.Equal($"{SqliteSchema.Version}|ix_relations_to_props", await ScalarAsync(check, """
            SELECT (SELECT version FROM schema_info) || '|' || (SELECT group_concat(name) FROM sqlite_master WHERE name LIKE 'ix_relations_to%')
            """));
        // The placement read's shape: the role comes from the index, no second seek into the relation row.
        using var explain = check.CreateCommand();
        explain.CommandText = "EXPLAIN QUERY PLAN SELECT r.from_no, json_extract(r.properties, '$.role') FROM relations r WHERE r.to_no = $to AND r.kind = 'SERVES'";
        explain.Parameters.AddWithValue("$to", 2);
        using var reader = await explain.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.Contains("COVERING INDEX ix_relations_to_props", reader.GetString(3), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InitializeAsync_VersionFourFactRows_MovedOntoSharedSentencesWithEvidenceKept()
    {
        const string Fund = "Fund:内蒙古乳业发展基金";
        const string Sentence = "内蒙古乳业发展基金首期规模50亿元，重点投向奶源基地和乳制品精深加工。";
        var first = database.CreateStore();
        await first.InitializeAsync();
        await using (var connection = new SqliteConnection($"Data Source={database.PathOf()};Pooling=False"))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, $$"""
                DROP VIEW facts; DROP TABLE fact_rows;
                CREATE TABLE facts (key TEXT NOT NULL PRIMARY KEY, entity_id TEXT NOT NULL, metric TEXT NOT NULL, value TEXT NOT NULL,
                    unit TEXT NOT NULL, year INTEGER, bulletin_id TEXT NOT NULL, article_index INTEGER NOT NULL, article_title TEXT NOT NULL,
                    sentence_index INTEGER NOT NULL, sentence TEXT NOT NULL, sentence_start INTEGER NOT NULL, start INTEGER NOT NULL,
                    "end" INTEGER NOT NULL, extractor_version TEXT NOT NULL);
                CREATE INDEX ix_facts_entity ON facts (entity_id);
                INSERT INTO facts VALUES ('{{Fund}}#首期规模#b1#312', '{{Fund}}', '首期规模', '50', '亿元', NULL, 'b1', 2, '乳业基金设立', 4, '{{Sentence}}', 300, 312, 317, 'rules-1.0');
                INSERT INTO sources (bulletin_id) VALUES ('b1');
                INSERT INTO sentences (source_no, article_index, sentence_index, sentence_start, article_title, sentence)
                    VALUES (1, 2, 4, 300, '乳业基金设立', '{{Sentence}}');
                UPDATE schema_info SET version = 4;
                """);
        }

        SqliteConnection.ClearAllPools();
        var store = database.CreateStore();
        await store.InitializeAsync();

        var fact = Assert.Single(await store.GetFactsAsync([Fund]));
        Assert.Equal(("首期规模", 50m, "亿元"), (fact.Metric, fact.Value, fact.Unit));
        Assert.Equal(("b1", "乳业基金设立", Sentence, 312, 317), (fact.Mention.BulletinId, fact.Mention.ArticleTitle, fact.Mention.Sentence, fact.Mention.Start, fact.Mention.End));
        Assert.Equal($"{Fund}#首期规模#b1#312", fact.Key);
        await using var check = new SqliteConnection($"Data Source={database.PathOf()};Pooling=False");
        await check.OpenAsync();
        // The fact's sentence was already stored for a mention: shared, not copied; the old table and index are gone.
        Assert.Equal($"{SqliteSchema.Version}|1|view|", await ScalarAsync(check, """
            SELECT (SELECT version FROM schema_info) || '|' || (SELECT count(*) FROM sentences) || '|'
                || (SELECT type FROM sqlite_master WHERE name = 'facts') || '|'
                || ifnull((SELECT group_concat(name) FROM sqlite_master WHERE name IN ('facts_v4', 'ix_facts_entity')), '')
            """));
    }

    [Fact]
    public async Task InitializeAsync_VersionFiveSearchRowsHoldingIds_RenumberedAndFoundByNameAndAliasWithNewNodesNumberedAfter()
    {
        const string Dairy = "Enterprise:内蒙古伊利实业集团股份有限公司";
        var first = database.CreateStore();
        await first.UpsertReferenceAsync(
            [
                new Entity(Centre, EntityKind.InnovationPlatform, "国家乳业技术创新中心") { Aliases = ["乳创中心"] },
                new Entity(Dairy, EntityKind.Enterprise, "内蒙古伊利实业集团股份有限公司") { Aliases = ["伊利集团"] },
            ],
            []);
        await using (var connection = new SqliteConnection($"Data Source={database.PathOf()};Pooling=False"))
        {
            await connection.OpenAsync();
            // Version 5: no search number, one search row per name or alias holding the node's id.
            await ExecuteAsync(connection, """
                DROP VIEW mentions; DROP VIEW facts; DROP VIEW target_ids; DROP VIEW relation_ids; DROP VIEW node_ids;
                CREATE TABLE entities_v5 (id TEXT NOT NULL PRIMARY KEY, kind TEXT NOT NULL, name TEXT NOT NULL, region_code TEXT,
                    level TEXT, status TEXT, properties TEXT NOT NULL DEFAULT '{}', first_seen INTEGER NOT NULL DEFAULT 9223372036854775807,
                    mention_count INTEGER NOT NULL DEFAULT 0);
                INSERT INTO entities_v5 SELECT id, kind, name, region_code, level, status, properties, first_seen, mention_count FROM entities;
                DROP TABLE entities; ALTER TABLE entities_v5 RENAME TO entities;
                DROP TABLE entity_text;
                CREATE VIRTUAL TABLE entity_text USING fts5 (entity_id UNINDEXED, text, tokenize = 'trigram');
                INSERT INTO entity_text (entity_id, text) SELECT id, name FROM entities;
                INSERT INTO entity_text (entity_id, text) SELECT entity_id, alias FROM aliases;
                UPDATE schema_info SET version = 5;
                """);
        }

        SqliteConnection.ClearAllPools();
        var store = database.CreateStore();
        await store.InitializeAsync();
        await store.UpsertReferenceAsync([new Entity("Enterprise:蒙牛乳业（集团）股份有限公司", EntityKind.Enterprise, "蒙牛乳业（集团）股份有限公司") { Aliases = ["蒙牛乳业"] }], []);

        async Task<IReadOnlyList<string>> Found(string text) =>
            [.. (await store.QueryEntitiesAsync(new EntityQuery { Text = text })).Items.Select(e => e.Id).Order(StringComparer.Ordinal)];
        Assert.Equal([Centre], await Found("乳创中心"));
        Assert.Equal([Dairy], await Found("伊利集团"));
        Assert.Equal([Dairy], await Found("伊利实业"));
        Assert.Equal(["Enterprise:蒙牛乳业（集团）股份有限公司", Centre], await Found("乳业"));
        await using var check = new SqliteConnection($"Data Source={database.PathOf()};Pooling=False");
        await check.OpenAsync();
        Assert.Equal($"{SqliteSchema.Version}|6|3|3", await ScalarAsync(check, """
            SELECT (SELECT version FROM schema_info) || '|' || (SELECT count(*) FROM entity_text) || '|'
                || (SELECT count(DISTINCT no) FROM entities) || '|' || (SELECT count(*) FROM entities)
            """));
    }

    [Fact]
    public async Task InitializeAsync_VersionNineNumberOnlyIndex_DroppedWithMatchesRankedByTheirRows()
    {
        var first = database.CreateStore();
        await first.InitializeAsync();
        await first.UpsertReferenceAsync(
            [
                new Entity(Centre, EntityKind.InnovationPlatform, "国家乳业技术创新中心"),
                new Entity("InnovationPlatform:内蒙古乳业技术创新中心", EntityKind.InnovationPlatform, "内蒙古乳业技术创新中心"),
            ],
            []);
        await using (var connection = new SqliteConnection($"Data Source={database.PathOf()};Pooling=False"))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, """
                CREATE UNIQUE INDEX ix_entities_no ON entities (no);
                UPDATE entities SET mention_count = 7 WHERE id = 'InnovationPlatform:内蒙古乳业技术创新中心';
                UPDATE schema_info SET version = 9;
                """);
        }

        SqliteConnection.ClearAllPools();
        var store = database.CreateStore();
        await store.InitializeAsync();

        var page = await store.QueryEntitiesAsync(new EntityQuery { Text = "技术创新中心", Sort = EntitySort.MentionCount, Descending = true });
        Assert.Equal(["InnovationPlatform:内蒙古乳业技术创新中心", Centre], page.Items.Select(e => e.Id));
        await using var check = new SqliteConnection($"Data Source={database.PathOf()};Pooling=False");
        await check.OpenAsync();
        Assert.Equal($"{SqliteSchema.Version}|", await ScalarAsync(check, """
            SELECT (SELECT version FROM schema_info) || '|' || ifnull((SELECT group_concat(name) FROM sqlite_master WHERE name LIKE 'ix_entities_no%'), '')
            """));
    }

    [Fact]
    public async Task InitializeAsync_VersionNineWithoutPairIndex_EveryNameAndAliasIndexedForTwoCharacterTerms()
    {
        var first = database.CreateStore();
        await first.UpsertReferenceAsync([new Entity(Centre, EntityKind.InnovationPlatform, "国家乳业技术创新中心") { Aliases = ["乳创中心"] }], []);
        await using (var connection = new SqliteConnection($"Data Source={database.PathOf()};Pooling=False"))
        {
            await connection.OpenAsync();
            await ExecuteAsync(connection, "DROP TABLE entity_grams; UPDATE schema_info SET version = 9;");
        }

        SqliteConnection.ClearAllPools();
        var store = database.CreateStore();
        await store.InitializeAsync();

        Assert.Equal([Centre], (await store.QueryEntitiesAsync(new EntityQuery { Text = "乳创" })).Items.Select(e => e.Id));
        Assert.Equal([Centre], (await store.QueryEntitiesAsync(new EntityQuery { Text = "中心" })).Items.Select(e => e.Id));
        await using var check = new SqliteConnection($"Data Source={database.PathOf()};Pooling=False");
        await check.OpenAsync();
        // The name's row and the alias's row, each found in the index itself.
        Assert.Equal("2|1", await ScalarAsync(check, """
            SELECT (SELECT count(*) FROM entity_grams WHERE entity_grams MATCH '"中心"') || '|' || (SELECT count(*) FROM entity_grams WHERE entity_grams MATCH '"乳创"')
            """));
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string?)await command.ExecuteScalarAsync();
    }
}
