using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;
using static KnowledgeGraph.Storage.Tests.Contract.SeedGraph;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>
/// A file version 10 wrote (nodes, spans and facts keyed by text id, edges without numbers) opens numbered: every
/// mention, fact and search row is found again, and ids named before their node keep a number for it.
/// </summary>
public sealed class SqliteVersionTenUpgradeTests : IDisposable
{
    private const string Sentence = "目前，国家乳业技术创新中心已集聚 102 家成员单位、113名高级行业专家、27 位海外专家和超过 5000 人的全产业链创新队伍，实现五个里程碑式进展。";
    private static readonly string Yili = EntityIds.For(EntityKind.Enterprise, "内蒙古伊利实业集团股份有限公司");
    private static readonly string CentreInRegion = RelationIds.For(DairyCenter, RelationKind.LocatedIn, InnerMongolia);
    private static readonly string YiliInRegion = RelationIds.For(Yili, RelationKind.LocatedIn, InnerMongolia);
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task InitializeAsync_VersionTenFile_MentionsFactsAndSearchFoundByIdAfterNumbering()
    {
        await WriteVersionTenFileAsync();

        var store = database.CreateStore();
        await store.InitializeAsync();

        var mentions = await store.GetMentionsAsync([DairyCenter, CentreInRegion, Yili, YiliInRegion, "Enterprise:无此企业"]);
        // In the order the store has always read them: by target id, bulletin and span.
        Assert.Equal(
            [(Yili, 30, 40), (YiliInRegion, 30, 45), (DairyCenter, 5, 15), (DairyCenter, 60, 70), (CentreInRegion, 5, 20)],
            mentions.Select(m => (m.TargetId, m.Start, m.End)));
        Assert.All(mentions, m => Assert.Equal((Sentence, "b1", "乳业振兴"), (m.Sentence, m.BulletinId, m.ArticleTitle)));
        var fact = Assert.Single(await store.GetFactsAsync([DairyCenter]));
        Assert.Equal((DairyCenter, "成员单位", 102m, "家"), (fact.EntityId, fact.Metric, fact.Value, fact.Unit));
        Assert.Equal([DairyCenter], (await store.QueryEntitiesAsync(new EntityQuery { Text = "乳业技术" })).Items.Select(e => e.Id));
        Assert.Equal([CentreInRegion], (await store.GetRelationsAsync([InnerMongolia], RelationDirection.Incoming)).Select(r => r.Id));
        var stats = await store.GetStatsAsync();
        Assert.Equal((2, 1, 5), (stats.Entities, stats.Relations, stats.Mentions));

        await using var check = await OpenAsync();
        Assert.Equal($"{SqliteSchema.Version}|0|2", await ScalarAsync(check, """
            SELECT (SELECT version FROM schema_info) || '|' || (SELECT count(*) FROM sqlite_master WHERE name LIKE '%\_v10' ESCAPE '\') || '|'
                || (SELECT count(*) FROM target_keys)
            """));
    }

    [Fact]
    public async Task CommitBulletinAsync_NodeAndEdgeNamedBeforeTheUpgrade_TakeTheirNumbersWithEarlierMentionsCounted()
    {
        await WriteVersionTenFileAsync();
        var store = database.CreateStore();
        await store.InitializeAsync();
        var bulletin = Bulletin(PlatformsFile, new DateTimeOffset(2024, 4, 1, 8, 0, 0, TimeSpan.Zero));
        var later = Mention(Yili, bulletin.Id, 2, "龙头企业", 1, "内蒙古伊利实业集团股份有限公司是乳业龙头企业。", 900, "内蒙古伊利实业集团股份有限公司");

        await store.CommitBulletinAsync(bulletin, BulletinGraph.Empty with
        {
            Entities = [new Entity(Yili, EntityKind.Enterprise, "内蒙古伊利实业集团股份有限公司") { RegionCode = "150000" }, new Entity(JiangnanUniversity, EntityKind.University, "江南大学")],
            Relations = [new Relation(Yili, RelationKind.LocatedIn, InnerMongolia)],
            Mentions = [later],
        });

        Assert.Equal(2, (await store.GetEntitiesAsync([Yili]))[Yili].MentionCount);
        Assert.Equal(2, (await store.GetMentionsAsync([Yili])).Count);
        Assert.Single(await store.GetMentionsAsync([YiliInRegion]));
        Assert.Equal([Yili], (await store.QueryEntitiesAsync(new EntityQuery { Text = "伊利实业" })).Items.Select(e => e.Id));
        await using var check = await OpenAsync();
        // Reserved numbers were taken (the node's after the file's nodes, the edge's after its edges) and released;
        // the new university is numbered after every number given so far.
        Assert.Equal("0|3|2|4", await ScalarAsync(check, $"""
            SELECT (SELECT count(*) FROM target_keys) || '|' || (SELECT no FROM entities WHERE id = '{Yili}') || '|'
                || (SELECT no FROM relation_ids WHERE from_id = '{Yili}') || '|' || (SELECT no FROM entities WHERE id = '{JiangnanUniversity}')
            """));
    }

    /// <summary>
    /// Two nodes with search numbers 1 and 2, an edge between them, and spans of both, of the edge, of a node and of an
    /// edge no row holds, one waiting in the recent table; a fact; the counts version 10 kept.
    /// </summary>
    private async Task WriteVersionTenFileAsync()
    {
        Directory.CreateDirectory(database.Directory);
        await using var connection = await OpenAsync();
        using var command = connection.CreateCommand();
        command.CommandText = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Sqlite", "Fixtures", "version-10.sql")) + $"""
            INSERT INTO schema_info VALUES (10);
            INSERT INTO graph_version VALUES (1, 42);
            INSERT INTO entities (id, kind, name, region_code, mention_count, no) VALUES
                ('{DairyCenter}', 'InnovationPlatform', '国家乳业技术创新中心', '150000', 2, 1),
                ('{InnerMongolia}', 'Region', '内蒙古自治区', '150000', 0, 2);
            INSERT INTO entity_text (rowid, text) VALUES (1 << 16, '国家乳业技术创新中心'), (2 << 16, '内蒙古自治区');
            INSERT INTO relations (from_id, kind, to_id) VALUES ('{DairyCenter}', 'LOCATED_IN', '{InnerMongolia}');
            INSERT INTO sources (no, bulletin_id) VALUES (1, 'b1');
            INSERT INTO sentences VALUES (1, 1, 0, 3, 100, '乳业振兴', '{Sentence}');
            INSERT INTO mention_spans VALUES
                ('{DairyCenter}', 1, 5, 15, 1, 'rules-1.0'), ('{CentreInRegion}', 1, 5, 20, 1, 'rules-1.0'),
                ('{Yili}', 1, 30, 40, 1, 'rules-1.0'), ('{YiliInRegion}', 1, 30, 45, 1, 'rules-1.0');
            INSERT INTO mention_spans_recent VALUES ('{DairyCenter}', 1, 60, 70, 1, 'rules-1.0');
            INSERT INTO fact_rows VALUES ('{DairyCenter}', '成员单位', 1, 17, 20, '102', '家', NULL, 1, 'rules-1.0');
            INSERT INTO graph_counts VALUES ('entities', 'InnovationPlatform', 1), ('entities', 'Region', 1), ('relations', 'LOCATED_IN', 1), ('mentions', '', 5);
            """;
        await command.ExecuteNonQueryAsync();
        SqliteConnection.ClearAllPools();
    }

    private async Task<SqliteConnection> OpenAsync()
    {
        var connection = new SqliteConnection($"Data Source={database.PathOf()};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    private static async Task<string?> ScalarAsync(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (string?)await command.ExecuteScalarAsync();
    }
}
