using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using static KnowledgeGraph.Storage.Tests.Contract.SeedGraph;

namespace KnowledgeGraph.Storage.Tests.Contract;

/// <summary>
/// Behaviour every <see cref="IGraphStore"/> must show. A store's test class derives from this and supplies a fresh,
/// empty, initialised store per call; stores that need a server call <c>Skip.If</c> inside <see cref="CreateStoreAsync"/>
/// (every test is a SkippableFact, so that skips rather than fails). Cleanup belongs in the subclass (IDisposable).
/// Semantics pinned here: placements are edges of <see cref="PlacementKinds.All"/> into a ChainSegment PART_OF the
/// chain or into the chain node; region filters are adcode prefixes; Text matches substrings of names and aliases;
/// FirstSeen order puts never-seen (reference) nodes last ascending; ties break by id; a cursor only fits its own sort.
/// </summary>
public abstract partial class GraphStoreContract
{
    protected static readonly DateTimeOffset FirstIngest = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
    protected static readonly DateTimeOffset SecondIngest = new(2024, 3, 8, 8, 0, 0, TimeSpan.Zero);

    protected abstract Task<IGraphStore> CreateStoreAsync();

    [SkippableFact]
    public async Task CommitBulletinAsync_SameBulletinTwice_ChangesNothing()
    {
        var store = await CreateStoreAsync();
        var bulletin = Bulletin(MilestonesFile, FirstIngest) with { IngestedAt = FirstIngest };
        await store.CommitBulletinAsync(bulletin, Milestones(bulletin));
        var before = await store.GetStatsAsync();
        var entityBefore = (await store.GetEntitiesAsync([DairyCenter]))[DairyCenter];

        await store.CommitBulletinAsync(bulletin with { IngestedAt = SecondIngest }, Milestones(bulletin));

        var after = await store.GetStatsAsync();
        Assert.Equal((before.Entities, before.Relations, before.Mentions, before.Bulletins), (after.Entities, after.Relations, after.Mentions, after.Bulletins));
        Assert.Equal(before.EntitiesByKind, after.EntitiesByKind);
        var entityAfter = (await store.GetEntitiesAsync([DairyCenter]))[DairyCenter];
        Assert.Equal(1, entityAfter.MentionCount);
        Assert.Equal(entityBefore.FirstSeen, entityAfter.FirstSeen);
        Assert.Equal(FirstIngest, (await store.GetBulletinAsync(bulletin.Id))!.IngestedAt);
        Assert.Single(await store.GetFactsAsync([DairyCenter]));
    }

    [SkippableFact]
    public async Task GetGraphVersionAsync_Writes_MoveItAndReadsLeaveIt()
    {
        var store = await CreateStoreAsync();
        var start = await store.GetGraphVersionAsync();
        var bulletin = Bulletin(MilestonesFile, FirstIngest) with { IngestedAt = FirstIngest };

        Assert.Equal(start, await store.GetGraphVersionAsync());
        await store.CommitBulletinAsync(bulletin, Milestones(bulletin));
        var afterCommit = await store.GetGraphVersionAsync();
        _ = await store.GetPlacementsAsync("乳业", null);
        _ = await store.GetStatsAsync();
        var afterReads = await store.GetGraphVersionAsync();
        await store.SaveBulletinAsync(Bulletin("科技情报参考-2024-损坏.txt", SecondIngest, BulletinStatus.Failed) with { Error = "no text layer" });
        var afterSave = await store.GetGraphVersionAsync();

        if (start is null)
        {
            // A store that cannot tell (Neo4j) must say so every time, or callers would cache stale answers.
            Assert.Equal([null, null, null], new[] { afterCommit, afterReads, afterSave });
            return;
        }

        Assert.NotEqual(start, afterCommit);
        Assert.Equal(afterCommit, afterReads);
        Assert.NotEqual(afterCommit, afterSave);
        Assert.NotEqual(start, afterSave);
    }

    [SkippableFact]
    public async Task CommitBulletinAsync_NewBulletin_WritesIngestedRowWithCounts()
    {
        var store = await CreateStoreAsync();
        var bulletin = Bulletin(MilestonesFile, FirstIngest) with { IngestedAt = FirstIngest };
        var graph = Milestones(bulletin);

        await store.CommitBulletinAsync(bulletin, graph);

        var row = await store.GetBulletinAsync(bulletin.Id);
        Assert.NotNull(row);
        Assert.Equal(BulletinStatus.Ingested, row.Status);
        Assert.Equal(MilestonesFile, row.Name);
        Assert.Equal(FirstIngest, row.ReceivedAt);
        Assert.Equal(FirstIngest, row.IngestedAt);
        Assert.Equal((1, graph.Entities.Count, graph.Relations.Count), (row.Articles, row.Entities, row.Relations));
        Assert.Equal("utf-8", row.Encoding);
        var article = Assert.Single(await store.GetArticlesAsync([bulletin.Id, "missing"]));
        Assert.Equal("国家乳业技术创新中心实现五个里程碑式进展", article.Title);
    }

    [SkippableFact]
    public async Task CommitBulletinAsync_SameEntityInTwoBulletins_OneNodeWithUnionedAliasesAndBothMentions()
    {
        var store = await CreateStoreAsync();
        await SeedAsync(store);

        var centre = (await store.GetEntitiesAsync([DairyCenter]))[DairyCenter];

        Assert.Equal(["乳创中心", "国家乳业技创中心"], centre.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal(2, centre.MentionCount);
        Assert.Equal(FirstIngest, centre.FirstSeen);
        Assert.Equal("150000", centre.RegionCode); // the first bulletin's value is kept
        Assert.Equal("国家级", centre.Level); // a missing value is filled by the second bulletin
        Assert.Equal("奶牛繁育与养殖、营养与健康、乳品工艺与装备", centre.Properties["focus"]);
        var mentions = await store.GetMentionsAsync([DairyCenter]);
        Assert.Equal(2, mentions.Select(m => m.BulletinId).Distinct().Count());
        Assert.Single((await store.QueryEntitiesAsync(new EntityQuery { NameContains = "国家乳业技术创新中心" })).Items);
        var park = (await store.GetEntitiesAsync([BayannurPark]))[BayannurPark];
        Assert.Equal(SecondIngest, park.FirstSeen);
    }

    [SkippableFact]
    public async Task GetMentionsAsync_EntityAndRelationIds_ReturnSentencesWithSpans()
    {
        var store = await CreateStoreAsync();
        await SeedAsync(store);
        var located = RelationIds.For(DairyCenter, RelationKind.LocatedIn, InnerMongolia);

        var mentions = await store.GetMentionsAsync([BreedingCenter, located, "InnovationPlatform:不存在的中心"]);

        Assert.Equal(Sorted(BreedingCenter, located), mentions.Select(m => m.TargetId).Distinct().Order(StringComparer.Ordinal));
        foreach (var m in mentions)
        {
            var surface = m.Sentence.Substring(m.Start - m.SentenceStart, m.End - m.Start);
            Assert.Equal(m.TargetId == located ? "国家乳业技术创新中心" : "奶牛繁育与养殖技术研究中心", surface);
            Assert.Equal(Extractor, m.ExtractorVersion);
            Assert.Equal("国家乳业技术创新中心实现五个里程碑式进展", m.ArticleTitle);
        }
    }

    [SkippableFact]
    public async Task GetFactsAsync_Entity_ReturnsQuantitiesWithTheirMentions()
    {
        var store = await CreateStoreAsync();
        await SeedAsync(store);

        var facts = await store.GetFactsAsync([DairyCenter, BayannurPark]);

        Assert.Equal(3, facts.Count);
        var members = Assert.Single(facts, f => f.Metric == "成员单位");
        Assert.Equal((102m, "家", (int?)2023, DairyCenter), (members.Value, members.Unit, members.Year, members.EntityId));
        Assert.Contains("102 家成员单位", members.Mention.Sentence, StringComparison.Ordinal);
        Assert.Equal(54m, Assert.Single(facts, f => f.EntityId == BayannurPark).Value);
    }

    [SkippableFact]
    public async Task GetEntitiesAsync_SomeIdsMissing_ReturnsOnlyTheKnownOnes()
    {
        var store = await CreateStoreAsync();
        await SeedAsync(store);

        var found = await store.GetEntitiesAsync([DairyCenter, "Enterprise:不存在的乳企", BayannurPark, DairyCenter]);

        Assert.Equal(Sorted(BayannurPark, DairyCenter), found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("巴彦淖尔国家农业高新技术产业示范区", found[BayannurPark].Name);
        Assert.Equal(EntityKind.Park, found[BayannurPark].Kind);
        Assert.Empty(await store.GetEntitiesAsync([]));
    }

    [SkippableFact]
    public async Task GetEntitySummariesAsync_SomeIdsMissing_KnownOnesWithTheirKindNameAndRegion()
    {
        var store = await CreateStoreAsync();
        await SeedAsync(store);
        string[] ids = [DairyCenter, "Enterprise:不存在的乳企", BayannurPark, DairyCenter];

        var summaries = await store.GetEntitySummariesAsync(ids);

        var full = await store.GetEntitiesAsync(ids);
        Assert.Equal(full.Keys.Order(StringComparer.Ordinal), summaries.Keys.Order(StringComparer.Ordinal));
        Assert.All(full.Values, e => Assert.Equal((e.Kind, e.Name, e.RegionCode), (summaries[e.Id].Kind, summaries[e.Id].Name, summaries[e.Id].RegionCode)));
        Assert.Empty(await store.GetEntitySummariesAsync([]));
    }

    [SkippableFact]
    public async Task SaveBulletinAsync_FailedAndDuplicate_ListedByStatus()
    {
        var store = await CreateStoreAsync();
        await SeedAsync(store);
        var failed = Bulletin("科技情报参考-2024-扫描件.pdf", SecondIngest.AddHours(1), BulletinStatus.Failed) with { Error = "PDF has no text layer" };
        var duplicate = Bulletin("科技情报参考-2024-内蒙古高能级创新平台(1).txt", SecondIngest.AddHours(2), BulletinStatus.Duplicate);

        await store.SaveBulletinAsync(failed);
        await store.SaveBulletinAsync(duplicate);

        Assert.Equal(failed, Assert.Single(await store.GetBulletinsAsync(BulletinStatus.Failed)));
        Assert.Equal(duplicate.Id, Assert.Single(await store.GetBulletinsAsync(BulletinStatus.Duplicate)).Id);
        Assert.Equal(2, (await store.GetBulletinsAsync(BulletinStatus.Ingested)).Count);
        Assert.Equal(4, (await store.GetBulletinsAsync()).Count);
        Assert.Empty(await store.GetBulletinsAsync(BulletinStatus.Pending));
        Assert.Null(await store.GetBulletinAsync("0000"));
    }

    [SkippableFact]
    public async Task SaveBulletinAsync_FailedThenCommitted_BecomesIngested()
    {
        var store = await CreateStoreAsync();
        var bulletin = Bulletin(PlatformsFile, FirstIngest, BulletinStatus.Failed) with { Error = "timeout" };
        await store.SaveBulletinAsync(bulletin);

        await store.CommitBulletinAsync(bulletin with { IngestedAt = SecondIngest }, Platforms(bulletin));

        var row = await store.GetBulletinAsync(bulletin.Id);
        Assert.Equal(BulletinStatus.Ingested, row!.Status);
        Assert.Null(row.Error);
        Assert.Equal(SecondIngest, row.IngestedAt);
        Assert.Empty(await store.GetBulletinsAsync(BulletinStatus.Failed));
    }

    [SkippableFact]
    public async Task GetStatsAsync_SeededGraph_CountsByKind()
    {
        var store = await CreateStoreAsync();
        await SeedAsync(store);

        var stats = await store.GetStatsAsync();

        var (refEntities, refRelations) = Reference();
        Assert.Equal(refEntities.Count + 8, stats.Entities);
        Assert.Equal(refRelations.Count + 13, stats.Relations);
        Assert.Equal(12, stats.Mentions);
        Assert.Equal(2, stats.Bulletins);
        Assert.Equal(3, stats.EntitiesByKind[EntityKind.University]);
        Assert.Equal(3, stats.EntitiesByKind[EntityKind.Region]);
        Assert.Equal(2, stats.RelationsByKind[RelationKind.Leads]);
        Assert.Equal(stats.Entities, stats.EntitiesByKind.Values.Sum());
        Assert.Equal(stats.Relations, stats.RelationsByKind.Values.Sum());
    }

    [SkippableFact]
    public async Task UpsertReferenceAsync_CatalogueTwice_OneNodePerSegmentAndEdgesUnchanged()
    {
        var store = await CreateStoreAsync();
        var (entities, relations) = Reference();

        await store.UpsertReferenceAsync(entities, relations);
        await store.UpsertReferenceAsync(entities, relations);

        var stats = await store.GetStatsAsync();
        Assert.Equal((entities.Count, relations.Count, 0), (stats.Entities, stats.Relations, stats.Bulletins));
        var segment = (await store.GetEntitiesAsync([Breeding]))[Breeding];
        Assert.Equal(("奶牛繁育", EntityKind.ChainSegment, "Upstream"), (segment.Name, segment.Kind, segment.Properties["stage"]));
        Assert.Null(segment.FirstSeen); // reference data is not seen in any bulletin
        Assert.Equal(0, segment.MentionCount);
        var supplies = await store.GetRelationsAsync([Farming], RelationDirection.Incoming, [RelationKind.Supplies]);
        Assert.Equal(Sorted(Breeding, Forage), supplies.Select(r => r.FromId).Order(StringComparer.Ordinal));
    }

    [SkippableFact]
    public async Task CheckHealthAsync_InitialisedStore_IsHealthy()
    {
        var store = await CreateStoreAsync();
        await store.InitializeAsync(); // idempotent on an initialised store

        var health = await store.CheckHealthAsync();

        Assert.True(health.Healthy, health.Description);
    }

    protected static string[] Sorted(params string[] ids) => [.. ids.Order(StringComparer.Ordinal)];

    /// <summary>Reference data plus both seed bulletins, ingested a week apart.</summary>
    protected static async Task SeedAsync(IGraphStore store)
    {
        var (entities, relations) = Reference();
        await store.UpsertReferenceAsync(entities, relations);
        var milestones = Bulletin(MilestonesFile, FirstIngest) with { IngestedAt = FirstIngest };
        await store.CommitBulletinAsync(milestones, Milestones(milestones));
        var platforms = Bulletin(PlatformsFile, SecondIngest) with { IngestedAt = SecondIngest };
        await store.CommitBulletinAsync(platforms, Platforms(platforms));
    }
}
