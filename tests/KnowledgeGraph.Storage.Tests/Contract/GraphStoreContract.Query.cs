using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using static KnowledgeGraph.Storage.Tests.Contract.SeedGraph;

namespace KnowledgeGraph.Storage.Tests.Contract;

public abstract partial class GraphStoreContract
{
    [SkippableTheory]
    [InlineData("乳业", new[] { "IndustryChain:乳业", "InnovationPlatform:国家乳业技术创新中心" })] // 2 characters
    [InlineData("乳业技术", new[] { "InnovationPlatform:国家乳业技术创新中心" })] // trigram
    [InlineData("技创", new[] { "InnovationPlatform:国家乳业技术创新中心" })] // 2 characters of an alias
    [InlineData("乳创中心", new[] { "InnovationPlatform:国家乳业技术创新中心" })] // an alias
    [InlineData("农高区", new[] { "Park:巴彦淖尔国家农业高新技术产业示范区" })]
    [InlineData("内蒙古 大学", new[] { "University:内蒙古农业大学" })] // every term must match
    [InlineData("科技厅", new[] { "GovernmentAgency:内蒙古自治区科学技术厅" })]
    [InlineData("鄂尔多斯示范区", new string[0])]
    [InlineData("100%", new string[0])] // LIKE wildcards are literal
    [InlineData("\"乳业", new string[0])] // FTS syntax is literal
    public async Task QueryEntitiesAsync_Text_FindsChineseSubstringsOfNamesAndAliases(string text, string[] expected)
    {
        var store = await CreateStoreAsync();
        await SeedAsync(store);

        var page = await store.QueryEntitiesAsync(new EntityQuery { Text = text });

        Assert.Equal(expected.Order(StringComparer.Ordinal), page.Items.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Length, page.TotalCount);
    }

    [SkippableFact]
    public async Task QueryEntitiesAsync_Filters_AllGivenFiltersMustMatch()
    {
        var store = await CreateStoreAsync();
        await SeedAsync(store);

        async Task<string[]> Ids(EntityQuery query) =>
            [.. (await store.QueryEntitiesAsync(query with { First = 100 })).Items.Select(e => e.Id).Order(StringComparer.Ordinal)];

        Assert.Equal(Sorted(ImauUniversity, JiangnanUniversity, NwafUniversity), await Ids(new EntityQuery { Kinds = [EntityKind.University] }));
        Assert.Equal(Sorted(ImauUniversity), await Ids(new EntityQuery { Kinds = [EntityKind.University], RegionPrefix = "15" }));
        Assert.Equal(Sorted(BayannurPark, Bayannur), await Ids(new EntityQuery { RegionPrefix = "1508" }));
        Assert.Equal(Sorted(ScienceDepartment, DairyCenter, BreedingCenter, BayannurPark, JiangnanUniversity), await Ids(new EntityQuery { Chain = Chain }));
        Assert.Equal(Sorted(ScienceDepartment, DairyCenter, BreedingCenter, BayannurPark), await Ids(new EntityQuery { Chain = Chain, RegionPrefix = "15" }));
        Assert.Equal(Sorted(BreedingCenter), await Ids(new EntityQuery { SegmentId = Breeding }));
        Assert.Equal(Sorted(DairyCenter, BayannurPark), await Ids(new EntityQuery { Level = "国家级" }));
        Assert.Equal(Sorted(ImauUniversity, JiangnanUniversity, NwafUniversity), await Ids(new EntityQuery { NameContains = "大学" }));
        Assert.Equal(Sorted(DairyCenter), await Ids(new EntityQuery { Level = "国家级", Kinds = [EntityKind.InnovationPlatform, EntityKind.University], Text = "中心" }));
        Assert.Empty(await Ids(new EntityQuery { Kinds = [EntityKind.Fund] }));
    }

    [SkippableTheory]
    [InlineData(EntitySort.Name, false)]
    [InlineData(EntitySort.Name, true)]
    [InlineData(EntitySort.MentionCount, true)]
    [InlineData(EntitySort.MentionCount, false)]
    [InlineData(EntitySort.FirstSeen, false)]
    [InlineData(EntitySort.FirstSeen, true)]
    public async Task QueryEntitiesAsync_WalkAllPagesWithAfter_NoDuplicatesOrGapsInSortOrder(EntitySort sort, bool descending)
    {
        var store = await CreateStoreAsync();
        await SeedAsync(store);
        await CommitEnterprisesAsync(store, 45);
        var query = new EntityQuery { RegionPrefix = "15", Sort = sort, Descending = descending };
        var all = (await store.QueryEntitiesAsync(query with { First = EntityQuery.MaxPageSize })).Items;

        var walked = new List<Entity>();
        var totals = new HashSet<int>();
        string? after = null;
        for (var pages = 0; pages < 100; pages++)
        {
            var page = await store.QueryEntitiesAsync(query with { First = 7, After = after });
            walked.AddRange(page.Items);
            totals.Add(page.TotalCount);
            Assert.Equal(page.Items.Count, page.Cursors.Count);
            Assert.Equal(page.EndCursor, page.Cursors.LastOrDefault());
            Assert.Equal(after is not null, page.HasPreviousPage);
            if (!page.HasNextPage)
            {
                break;
            }

            Assert.Equal(7, page.Items.Count);
            after = page.EndCursor;
        }

        Assert.Equal(all.Count, Assert.Single(totals));
        Assert.Equal(all.Select(e => e.Id), walked.Select(e => e.Id));
        Assert.Equal(walked.Count, walked.Select(e => e.Id).Distinct().Count());
        Assert.True(all.Count > 40, $"only {all.Count} entities in 内蒙古");
        var keys = all.Select(e => SortKey(e, sort)).ToList();
        var ordered = descending ? keys.OrderDescending(KeyComparer).ToList() : keys.Order(KeyComparer).ToList();
        Assert.Equal(ordered, keys);
    }

    [SkippableFact]
    public async Task QueryEntitiesAsync_MentionCountSort_MostMentionedFirst()
    {
        var store = await CreateStoreAsync();
        await SeedAsync(store);

        var page = await store.QueryEntitiesAsync(new EntityQuery { Sort = EntitySort.MentionCount, Descending = true, First = 2 });

        Assert.Equal(Sorted(BayannurPark, DairyCenter), page.Items.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.All(page.Items, e => Assert.Equal(2, e.MentionCount));
        Assert.True(page.HasNextPage);
    }

    [SkippableFact]
    public async Task QueryEntitiesAsync_FirstOutOfRangeOrForeignCursor_ClampsOrRejects()
    {
        var store = await CreateStoreAsync();
        await SeedAsync(store);

        var one = await store.QueryEntitiesAsync(new EntityQuery { First = 0 });
        var many = await store.QueryEntitiesAsync(new EntityQuery { First = 50_000 });

        Assert.Single(one.Items);
        Assert.True(one.HasNextPage);
        Assert.Equal(many.TotalCount, many.Items.Count);
        Assert.False(many.HasNextPage);
        await Assert.ThrowsAsync<ArgumentException>(() => store.QueryEntitiesAsync(new EntityQuery { After = "not-a-cursor" }));
        await Assert.ThrowsAsync<ArgumentException>(() => store.QueryEntitiesAsync(new EntityQuery { Sort = EntitySort.MentionCount, After = one.EndCursor }));
    }

    /// <summary>Enterprises "in" 巴彦淖尔 and 南京 with 0–3 mentions each, spread over three bulletins.</summary>
    protected static async Task CommitEnterprisesAsync(IGraphStore store, int count)
    {
        for (var batch = 0; batch < 3; batch++)
        {
            var bulletin = Bulletin($"科技情报参考-2024-乳企名录-{batch}.txt", FirstIngest.AddDays(batch + 1)) with { IngestedAt = FirstIngest.AddDays(batch + 1) };
            var entities = new List<Entity>();
            var mentions = new List<Mention>();
            for (var i = batch; i < count; i += 3)
            {
                var name = $"巴彦淖尔乳企{i:D2}号牧场";
                var id = EntityIds.For(EntityKind.Enterprise, name);
                entities.Add(new Entity(id, EntityKind.Enterprise, name) { RegionCode = i % 5 == 0 ? "320100" : "150800" });
                var sentence = $"{name}与国家乳业技术创新中心合作建设奶牛养殖示范牧场。";
                for (var m = 0; m < i % 4; m++)
                {
                    mentions.Add(Mention(id, bulletin.Id, 0, "乳企名录", (i * 4) + m, sentence, ((i * 4) + m) * 100, name));
                }
            }

            await store.CommitBulletinAsync(bulletin, BulletinGraph.Empty with { Entities = entities, Mentions = mentions });
        }
    }

    private static readonly Comparer<object> KeyComparer = Comparer<object>.Create((a, b) => a switch
    {
        string s => string.CompareOrdinal(s, (string)b),
        _ => ((long)a).CompareTo((long)b),
    });

    private static object SortKey(Entity e, EntitySort sort) => sort switch
    {
        EntitySort.Name => e.Name,
        EntitySort.MentionCount => (long)e.MentionCount,
        _ => e.FirstSeen?.UtcTicks ?? long.MaxValue,
    };
}
