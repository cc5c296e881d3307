using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;
using static KnowledgeGraph.Storage.Tests.Contract.SeedGraph;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>How the embedded store keeps mentions: each sentence once, mentions as compact spans, old files upgraded.</summary>
public sealed class SqliteMentionStorageTests : IDisposable
{
    private static readonly DateTimeOffset Received = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase database = new();

    /// <summary>A sentence naming the university, mentioned before the university, its region and the edge between them arrive.</summary>
    private const string UniversitySentence = "国家乳业技术创新中心联合西北农林科技大学开展奶牛繁育关键技术攻关。";

    private static readonly string UniversityLocated = RelationIds.For(NwafUniversity, RelationKind.LocatedIn, InnerMongolia);

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task CommitBulletinAsync_SeveralMentionsInOneSentence_StoresTheSentenceOnceAndReadsEveryMentionBack()
    {
        var store = database.CreateStore();
        var bulletin = Bulletin(MilestonesFile, Received);
        var graph = Milestones(bulletin);

        await store.CommitBulletinAsync(bulletin, graph);

        var expected = graph.Mentions.OrderBy(m => m.Key, StringComparer.Ordinal).ToList();
        var read = await store.GetMentionsAsync([.. graph.Mentions.Select(m => m.TargetId).Distinct()]);
        Assert.Equal(expected, [.. read.OrderBy(m => m.Key, StringComparer.Ordinal)]);
        await using var connection = await OpenAsync(database.PathOf());
        var sentences = graph.Mentions.Select(m => (m.ArticleIndex, m.SentenceIndex)).Distinct().Count();
        Assert.True(sentences < graph.Mentions.Count, "the seed graph has sentences with several mentions");
        Assert.Equal(sentences, await CountAsync(connection, "SELECT count(*) FROM sentences"));
        Assert.Equal(graph.Mentions.Count, await CountAsync(connection, "SELECT count(*) FROM mentions"));
    }

    [Fact]
    public async Task CommitBulletinAsync_SentenceSplitDifferentlyOnReingest_EachMentionKeepsItsOwnSentence()
    {
        var store = database.CreateStore();
        var bulletin = Bulletin(MilestonesFile, Received);
        const string Sentence = "国家乳业技术创新中心联合西北农林科技大学开展奶牛繁育关键技术攻关。";
        var first = Mention(DairyCenter, bulletin.Id, 0, "乳业振兴", 3, Sentence, 100, "国家乳业技术创新中心");
        var resplit = Mention(NwafUniversity, bulletin.Id, 0, "乳业振兴", 3, Sentence[..22], 100, "西北农林科技大学");

        await store.CommitBulletinAsync(bulletin, BulletinGraph.Empty with { Mentions = [first] });
        await store.CommitBulletinAsync(bulletin, BulletinGraph.Empty with { Mentions = [first, resplit] });

        var read = await store.GetMentionsAsync([DairyCenter, NwafUniversity]);
        Assert.Equal([first, resplit], [.. read.OrderBy(m => m.TargetId == DairyCenter ? 0 : 1)]);
    }

    [Fact]
    public async Task CommitBulletinsAsync_NewBulletinTwiceInOneGroup_StoresEachSentenceAndMentionOnce()
    {
        var store = database.CreateStore();
        var bulletin = Bulletin(MilestonesFile, Received);
        var graph = Milestones(bulletin);

        await store.CommitBulletinsAsync([(bulletin, graph), (bulletin, graph)]);

        await using var connection = await OpenAsync(database.PathOf());
        var sentences = graph.Mentions.Select(m => (m.ArticleIndex, m.SentenceIndex)).Distinct().Count();
        Assert.Equal(sentences, await CountAsync(connection, "SELECT count(*) FROM sentences"));
        Assert.Equal(graph.Mentions.Count, await CountAsync(connection, "SELECT count(*) FROM mentions"));
        var expected = graph.Mentions.Count(m => m.TargetId == DairyCenter);
        Assert.True(expected > 0, "the seed graph mentions the dairy centre");
        Assert.Equal(expected, (await store.GetEntitiesAsync([DairyCenter]))[DairyCenter].MentionCount);
    }

    [Fact]
    public async Task CommitBulletinsAsync_MentionBeforeItsNodeThenRecommitted_CountsEachMentionOnce()
    {
        var store = database.CreateStore();
        var first = Bulletin(MilestonesFile, Received);
        var second = Bulletin(PlatformsFile, Received);
        const string Sentence = "国家乳业技术创新中心在呼和浩特市揭牌运行。";
        var early = Mention(DairyCenter, first.Id, 0, "乳业振兴", 1, Sentence, 10, "国家乳业技术创新中心");
        var late = Mention(DairyCenter, second.Id, 0, "乳业振兴", 2, Sentence, 50, "国家乳业技术创新中心");
        var centre = new Entity(DairyCenter, EntityKind.InnovationPlatform, "国家乳业技术创新中心");
        var withoutNode = BulletinGraph.Empty with { Mentions = [early] };
        var withNode = BulletinGraph.Empty with { Entities = [centre], Mentions = [late] };

        await store.CommitBulletinAsync(first, withoutNode);
        await store.CommitBulletinsAsync([(second, withNode), (first, withoutNode)]);
        await store.CommitBulletinsAsync([(first, withoutNode), (second, withNode)]);

        Assert.Equal(2, (await store.GetEntitiesAsync([DairyCenter]))[DairyCenter].MentionCount);
    }

    [Fact]
    public async Task CommitBulletinsAsync_WaitingMentionsReachTheLimit_MoveIntoTheMainTableAndReadTheSame()
    {
        var milestones = Bulletin(MilestonesFile, Received);
        var platforms = Bulletin(PlatformsFile, Received);
        var (first, second) = (Milestones(milestones), Platforms(platforms));
        var store = database.CreateStore(recentMentionRows: first.Mentions.Count + 1);
        var all = first.Mentions.Concat(second.Mentions).OrderBy(m => m.Key, StringComparer.Ordinal).ToList();
        var targets = all.Select(m => m.TargetId).Distinct().ToList();

        await store.CommitBulletinAsync(milestones, first);
        await using var connection = await OpenAsync(database.PathOf());
        Assert.Equal(first.Mentions.Count, await CountAsync(connection, "SELECT count(*) FROM mention_spans_recent"));
        Assert.Equal(0, await CountAsync(connection, "SELECT count(*) FROM mention_spans"));
        await store.CommitBulletinAsync(platforms, second);
        var counts = await store.GetEntitiesAsync(targets);

        // The second bulletin took the waiting mentions over the limit: all of them moved, none left behind or doubled.
        Assert.Equal(0, await CountAsync(connection, "SELECT count(*) FROM mention_spans_recent"));
        Assert.Equal(all.Count, await CountAsync(connection, "SELECT count(*) FROM mention_spans"));
        var moved = await store.GetMentionsAsync(targets);
        Assert.Equal(all, moved.OrderBy(m => m.Key, StringComparer.Ordinal));

        // Re-committed once their mentions are in the main table, and once more while a third bulletin's wait:
        // nothing is stored twice and no count moves.
        var third = Bulletin("2024-科技情报参考-第3期.txt", Received);
        var late = Mention(DairyCenter, third.Id, 0, "乳业振兴", 1, "国家乳业技术创新中心在呼和浩特市揭牌运行。", 10, "国家乳业技术创新中心");
        await store.CommitBulletinsAsync([(milestones, first), (third, BulletinGraph.Empty with { Mentions = [late] })]);
        await store.CommitBulletinsAsync([(third, BulletinGraph.Empty with { Mentions = [late] }), (platforms, second)]);

        Assert.Equal(1, await CountAsync(connection, "SELECT count(*) FROM mention_spans_recent"));
        Assert.Equal(all.Count + 1, await CountAsync(connection, "SELECT count(*) FROM mentions"));
        var after = await store.GetEntitiesAsync(targets);
        Assert.All(counts, c => Assert.Equal(c.Value.MentionCount + (c.Key == DairyCenter ? 1 : 0), after[c.Key].MentionCount));
        var expected = all.Append(late).OrderBy(m => m.Key, StringComparer.Ordinal).ToList();
        var read = await store.GetMentionsAsync(targets);
        Assert.Equal(expected, read.OrderBy(m => m.Key, StringComparer.Ordinal));
    }

    [Fact]
    public async Task InitializeAsync_VersionSixFile_ReadsItsMentionsAndTheNewOnesThroughTheView()
    {
        var milestones = Bulletin(MilestonesFile, Received);
        var platforms = Bulletin(PlatformsFile, Received);
        var (first, second) = (Milestones(milestones), Platforms(platforms));
        await database.CreateStore(recentMentionRows: 1).CommitBulletinAsync(milestones, first);
        await using (var connection = await OpenAsync(database.PathOf()))
        {
            // What version 6 left: the span table alone, and a view over it.
            await ExecuteAsync(connection, """
                DROP VIEW mentions; DROP TABLE mention_spans_recent; UPDATE schema_info SET version = 6;
                CREATE VIEW mentions AS SELECT m.target_id, m.start FROM mention_spans m;
                """);
        }

        SqliteConnection.ClearAllPools();
        var store = database.CreateStore();
        await store.CommitBulletinAsync(platforms, second);

        await using var check = await OpenAsync(database.PathOf());
        Assert.Equal(SqliteSchema.Version, await CountAsync(check, "SELECT version FROM schema_info"));
        Assert.Equal(second.Mentions.Count, await CountAsync(check, "SELECT count(*) FROM mention_spans_recent"));
        Assert.Equal(first.Mentions.Count + second.Mentions.Count, await CountAsync(check, "SELECT count(*) FROM mentions"));
    }

    [Fact]
    public async Task InitializeAsync_VersionOneFileWithWideMentionRows_MovesThemIntoCompactTablesUnchanged()
    {
        var bulletin = Bulletin(PlatformsFile, Received);
        var mentions = Platforms(bulletin).Mentions;
        await using (var connection = await OpenAsync(database.PathOf()))
        {
            await ExecuteAsync(connection, """
                CREATE TABLE schema_info (version INTEGER NOT NULL); INSERT INTO schema_info VALUES (1);
                CREATE TABLE mentions (key TEXT NOT NULL PRIMARY KEY, target_id TEXT NOT NULL, bulletin_id TEXT NOT NULL,
                    article_index INTEGER NOT NULL, article_title TEXT NOT NULL, sentence_index INTEGER NOT NULL,
                    sentence TEXT NOT NULL, sentence_start INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
                    extractor_version TEXT NOT NULL);
                CREATE INDEX ix_mentions_target ON mentions (target_id);
                """);
            foreach (var m in mentions)
            {
                await ExecuteAsync(
                    connection,
                    "INSERT INTO mentions VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                    m.Key, m.TargetId, m.BulletinId, m.ArticleIndex, m.ArticleTitle, m.SentenceIndex, m.Sentence, m.SentenceStart, m.Start, m.End, m.ExtractorVersion);
            }
        }

        SqliteConnection.ClearAllPools();
        var store = database.CreateStore();
        await store.InitializeAsync();

        var read = await store.GetMentionsAsync([.. mentions.Select(m => m.TargetId).Distinct()]);
        Assert.Equal(mentions.OrderBy(m => m.Key, StringComparer.Ordinal), read.OrderBy(m => m.Key, StringComparer.Ordinal));
        await using var check = await OpenAsync(database.PathOf());
        Assert.Equal(SqliteSchema.Version, await CountAsync(check, "SELECT version FROM schema_info"));
        Assert.Equal(0, await CountAsync(check, "SELECT count(*) FROM sqlite_master WHERE name = 'mentions_v1'"));
    }

    [Fact]
    public async Task CommitBulletinAsync_NodeAndEdgeMentionedBeforeTheyArrive_KeepTheNumberTheirMentionsWereStoredUnder()
    {
        var store = database.CreateStore();
        var first = Bulletin(MilestonesFile, Received);
        var second = Bulletin(PlatformsFile, Received.AddDays(7));
        var edge = UniversityLocated;
        var early = Mention(NwafUniversity, first.Id, 0, "乳业振兴", 3, UniversitySentence, 100, "西北农林科技大学");
        var earlyEdge = Mention(edge, first.Id, 0, "乳业振兴", 3, UniversitySentence, 100, "西北农林科技大学");
        var onArrival = Mention(NwafUniversity, second.Id, 1, "平台建设", 2, UniversitySentence, 400, "西北农林科技大学");

        await store.CommitBulletinAsync(first, BulletinGraph.Empty with { Mentions = [early, earlyEdge] });
        await using var connection = await OpenAsync(database.PathOf());
        var reserved = await CountAsync(connection, $"SELECT no FROM target_keys WHERE id = '{NwafUniversity}'");
        await store.CommitBulletinAsync(second, UniversityArrives(onArrival));

        Assert.Equal([.. new[] { early, onArrival }.OrderBy(m => m.BulletinId, StringComparer.Ordinal)], await store.GetMentionsAsync([NwafUniversity]));
        Assert.Equal([earlyEdge], await store.GetMentionsAsync([edge]));
        Assert.Equal(2, (await store.GetEntitiesAsync([NwafUniversity]))[NwafUniversity].MentionCount);
        Assert.Equal([NwafUniversity], (await store.QueryEntitiesAsync(new Domain.Storage.EntityQuery { Text = "农林科技" })).Items.Select(e => e.Id));
        Assert.Equal(reserved, await CountAsync(connection, $"SELECT no FROM entities WHERE id = '{NwafUniversity}'"));
        Assert.Equal(0, await CountAsync(connection, "SELECT count(*) FROM target_keys"));
        Assert.Equal(3, (await store.GetStatsAsync()).Mentions);
    }

    [Fact]
    public async Task GetMentionsAsync_IdsReadBeforeAnotherStoreCommits_SeesTheirNewMentionsAndIdsThatGotANumber()
    {
        // Numbers read once are kept in memory; this store must still see what another writer of the file added since.
        var reader = database.CreateStore();
        var writer = database.CreateStore();
        var first = Bulletin(MilestonesFile, Received);
        var second = Bulletin(PlatformsFile, Received.AddDays(7));
        var edge = UniversityLocated;
        var early = Mention(NwafUniversity, first.Id, 0, "乳业振兴", 3, UniversitySentence, 100, "西北农林科技大学");
        var earlyEdge = Mention(edge, first.Id, 0, "乳业振兴", 3, UniversitySentence, 100, "西北农林科技大学");
        var later = Mention(NwafUniversity, second.Id, 1, "平台建设", 2, UniversitySentence, 400, "西北农林科技大学");
        var laterEdge = Mention(edge, second.Id, 1, "平台建设", 2, UniversitySentence, 400, "西北农林科技大学");
        var centre = Mention(DairyCenter, second.Id, 1, "平台建设", 2, UniversitySentence, 100, "国家乳业技术创新中心");
        await writer.CommitBulletinAsync(first, BulletinGraph.Empty with { Mentions = [early, earlyEdge] });
        Assert.Equal(2, (await reader.GetMentionsAsync([NwafUniversity, edge, DairyCenter])).Count);

        await writer.CommitBulletinAsync(second, UniversityArrives(later, laterEdge, centre));

        var read = await reader.GetMentionsAsync([NwafUniversity, edge, DairyCenter]);
        Assert.Equal(
            [.. new[] { early, earlyEdge, later, laterEdge, centre }.OrderBy(m => m.Key, StringComparer.Ordinal)],
            [.. read.OrderBy(m => m.Key, StringComparer.Ordinal)]);
    }

    private static BulletinGraph UniversityArrives(params Mention[] mentions) => BulletinGraph.Empty with
    {
        Entities = [new Entity(NwafUniversity, EntityKind.University, "西北农林科技大学") { RegionCode = "610000" }, new Entity(InnerMongolia, EntityKind.Region, "内蒙古自治区")],
        Relations = [new Relation(NwafUniversity, RelationKind.LocatedIn, InnerMongolia)],
        Mentions = mentions,
    };

    private static async Task<SqliteConnection> OpenAsync(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, params object[] values)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters.AddWithValue($"${i + 1}", values[i]);
        }

        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> CountAsync(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
