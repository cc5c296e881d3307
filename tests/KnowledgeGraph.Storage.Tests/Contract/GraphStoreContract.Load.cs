using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using static KnowledgeGraph.Storage.Tests.Contract.SeedGraph;

namespace KnowledgeGraph.Storage.Tests.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task CommitBulletinAsync_EightConcurrentWriters_AllCommitWithoutBusyErrors()
    {
        const int Writers = 8, PerWriter = 20;
        var store = await CreateStoreAsync();

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < PerWriter; i++)
            {
                var bulletin = Bulletin($"科技情报参考-2024-第{w}-{i}期.txt", FirstIngest.AddMinutes((w * PerWriter) + i));
                await store.CommitBulletinAsync(bulletin, OneEnterpriseGraph(bulletin, $"内蒙古乳企{w}-{i}有限公司"));
            }
        })));

        var stats = await store.GetStatsAsync();
        Assert.Equal(Writers * PerWriter, (await store.GetBulletinsAsync(BulletinStatus.Ingested)).Count);
        Assert.Equal((Writers * PerWriter) + 1, stats.Entities);
        Assert.Equal(Writers * PerWriter, stats.Relations);
        Assert.Equal(Writers * PerWriter * 2, stats.Mentions);
        Assert.Equal(Writers * PerWriter, (await store.GetEntitiesAsync([DairyCenter]))[DairyCenter].MentionCount);
    }

    [SkippableFact]
    public async Task CommitBulletinAsync_ReadsDuringWrites_SeeCommittedStatesOnly()
    {
        var store = await CreateStoreAsync();
        var writes = Task.Run(async () =>
        {
            for (var i = 0; i < 30; i++)
            {
                var bulletin = Bulletin($"科技情报参考-2024-读写-{i}.txt", FirstIngest.AddMinutes(i));
                await store.CommitBulletinAsync(bulletin, OneEnterpriseGraph(bulletin, $"巴彦淖尔乳企{i}有限公司"));
            }
        });

        while (!writes.IsCompleted)
        {
            var stats = await store.GetStatsAsync();
            Assert.Equal(stats.Relations * 2, stats.Mentions); // never a half-written bulletin
        }

        await writes;
        Assert.Equal(31, (await store.GetStatsAsync()).Entities);
    }

    [SkippableFact]
    public async Task CommitBulletinAsync_LargeBatch_StoresEveryRowAndStaysSearchable()
    {
        const int Entities = 20_000, RelationsPerEntity = 5;
        var store = await CreateStoreAsync();
        var bulletin = Bulletin("科技情报参考-2024-全区企业名录.txt", FirstIngest);
        var graph = SeedGraph.EnterpriseDirectory(bulletin, Entities, RelationsPerEntity);

        await store.CommitBulletinAsync(bulletin, graph);

        var stats = await store.GetStatsAsync();
        Assert.Equal(Entities, stats.Entities);
        Assert.Equal(Entities * RelationsPerEntity, stats.Relations);
        Assert.Equal(Entities, stats.Mentions);
        // Speed is the benchmark's job (bench/, and KG_PERF=1 SqliteCommitThroughputTests), not a timed assertion here.
        var search = await store.QueryEntitiesAsync(new EntityQuery { Text = "乳企19999号", First = 5 });
        Assert.Equal("巴彦淖尔乳企19999号有限公司", Assert.Single(search.Items).Name);
        var region = await store.QueryEntitiesAsync(new EntityQuery { RegionPrefix = "1508", First = 1 });
        Assert.Equal(Entities / 2, region.TotalCount);
    }

    /// <summary>A bulletin naming one new enterprise that cooperates with the (shared) dairy centre.</summary>
    protected static BulletinGraph OneEnterpriseGraph(Bulletin bulletin, string enterprise)
    {
        var id = EntityIds.For(EntityKind.Enterprise, enterprise);
        var cooperates = new Relation(id, RelationKind.CooperatesWith, DairyCenter);
        var sentence = $"{enterprise}与国家乳业技术创新中心签订战略合作协议。";
        return BulletinGraph.Empty with
        {
            Entities =
            [
                new Entity(id, EntityKind.Enterprise, enterprise) { RegionCode = "150800" },
                new Entity(DairyCenter, EntityKind.InnovationPlatform, "国家乳业技术创新中心") { RegionCode = "150000" },
            ],
            Relations = [cooperates],
            Mentions =
            [
                Mention(id, bulletin.Id, 0, "合作", 0, sentence, 0, enterprise),
                Mention(DairyCenter, bulletin.Id, 0, "合作", 0, sentence, 0, "国家乳业技术创新中心"),
            ],
        };
    }
}
