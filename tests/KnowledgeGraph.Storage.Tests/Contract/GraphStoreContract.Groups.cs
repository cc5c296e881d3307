using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using static KnowledgeGraph.Storage.Tests.Contract.SeedGraph;

namespace KnowledgeGraph.Storage.Tests.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task CommitBulletinsAsync_TwoBulletinsInOneCall_SameGraphAsCommittingThemOneByOne()
    {
        var grouped = await CreateStoreAsync();
        var single = await CreateStoreAsync();
        var milestones = Bulletin(MilestonesFile, FirstIngest) with { IngestedAt = FirstIngest };
        var platforms = Bulletin(PlatformsFile, SecondIngest) with { IngestedAt = SecondIngest };
        foreach (var store in new[] { grouped, single })
        {
            var (entities, relations) = Reference();
            await store.UpsertReferenceAsync(entities, relations);
        }

        await grouped.CommitBulletinsAsync([(milestones, Milestones(milestones)), (platforms, Platforms(platforms))]);
        await single.CommitBulletinAsync(milestones, Milestones(milestones));
        await single.CommitBulletinAsync(platforms, Platforms(platforms));

        var (g, s) = (await grouped.GetStatsAsync(), await single.GetStatsAsync());
        Assert.Equal((s.Entities, s.Relations, s.Mentions, s.Bulletins), (g.Entities, g.Relations, g.Mentions, g.Bulletins));
        var centre = (await grouped.GetEntitiesAsync([DairyCenter]))[DairyCenter];
        var expected = (await single.GetEntitiesAsync([DairyCenter]))[DairyCenter];
        Assert.Equal((expected.RegionCode, expected.Level, expected.Properties["focus"]), (centre.RegionCode, centre.Level, centre.Properties["focus"]));
        Assert.Equal(2, centre.MentionCount);
        Assert.Equal(FirstIngest, centre.FirstSeen);
        Assert.Equal(["乳创中心", "国家乳业技创中心"], centre.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal(await single.GetMentionsAsync([DairyCenter, BayannurPark]), await grouped.GetMentionsAsync([DairyCenter, BayannurPark]));
        Assert.Equal(await single.GetFactsAsync([DairyCenter]), await grouped.GetFactsAsync([DairyCenter]));
        foreach (var bulletin in new[] { milestones, platforms })
        {
            var row = await grouped.GetBulletinAsync(bulletin.Id);
            Assert.Equal(BulletinStatus.Ingested, row!.Status);
            Assert.Equal(bulletin.IngestedAt, row.IngestedAt);
        }

        Assert.Single((await grouped.QueryEntitiesAsync(new EntityQuery { Text = "乳创中心" })).Items);
    }

    [SkippableFact]
    public async Task CommitBulletinsAsync_GroupRepeatsACommittedBulletin_ChangesNothingAndKeepsFirstIngestTime()
    {
        var store = await CreateStoreAsync();
        var milestones = Bulletin(MilestonesFile, FirstIngest) with { IngestedAt = FirstIngest };
        await store.CommitBulletinAsync(milestones, Milestones(milestones));
        var platforms = Bulletin(PlatformsFile, SecondIngest) with { IngestedAt = SecondIngest };
        await store.CommitBulletinsAsync([(platforms, Platforms(platforms))]);
        var before = await store.GetStatsAsync();

        await store.CommitBulletinsAsync(
            [(milestones with { IngestedAt = SecondIngest }, Milestones(milestones)), (platforms, Platforms(platforms))]);

        var after = await store.GetStatsAsync();
        Assert.Equal((before.Entities, before.Relations, before.Mentions, before.Bulletins), (after.Entities, after.Relations, after.Mentions, after.Bulletins));
        Assert.Equal(FirstIngest, (await store.GetBulletinAsync(milestones.Id))!.IngestedAt);
        Assert.Equal(2, (await store.GetEntitiesAsync([DairyCenter]))[DairyCenter].MentionCount);
    }
}
