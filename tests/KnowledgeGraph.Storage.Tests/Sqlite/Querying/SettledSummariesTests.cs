using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Storage.Sqlite.Querying;

namespace KnowledgeGraph.Storage.Tests.Sqlite.Querying;

public sealed class SettledSummariesTests
{
    private static readonly Entity Centre = new("InnovationPlatform:国家乳业技术创新中心", EntityKind.InnovationPlatform, "国家乳业技术创新中心") { RegionCode = "150000" };
    private static readonly Entity Park = new("Park:巴彦淖尔国家农业高新技术产业示范区", EntityKind.Park, "巴彦淖尔国家农业高新技术产业示范区") { RegionCode = "150800" };
    private static readonly Entity Yili = new("Enterprise:伊利集团", EntityKind.Enterprise, "伊利集团") { RegionCode = "150100" };
    private static readonly Entity Unlocated = new("Lab:乳品营养与健康重点实验室", EntityKind.Lab, "乳品营养与健康重点实验室");

    [Fact]
    public void Take_KeptAndUnknownIds_FoundFilledAndOnlyTheUnknownReturned()
    {
        var settled = new SettledSummaries(SettledSummaries.DefaultCapacity);
        settled.Keep([(1, Centre), (2, Unlocated)]);
        var found = new Dictionary<string, Entity>(StringComparer.Ordinal);

        var missing = settled.Take([Centre.Id, Unlocated.Id, Park.Id], found);

        Assert.Equal([Unlocated.Id, Park.Id], missing);
        Assert.Same(Centre, Assert.Single(found).Value);
    }

    [Fact]
    public void TryGet_ByNumber_SameSummaryAsByIdAndNoneForTheUnlocated()
    {
        var settled = new SettledSummaries(SettledSummaries.DefaultCapacity);
        settled.Keep([(7, Centre), (8, Unlocated)]);

        Assert.True(settled.TryGet(7, out var byNumber));
        Assert.True(settled.TryGet(Centre.Id, out var byId));
        Assert.Same(byId, byNumber);
        Assert.False(settled.TryGet(8, out _));
    }

    [Fact]
    public void Keep_FullCache_StartsOverAndHoldsNoMoreThanItsCapacity()
    {
        var settled = new SettledSummaries(capacity: 2);

        settled.Keep([(1, Centre), (2, Park), (3, Yili)]);

        var found = new Dictionary<string, Entity>(StringComparer.Ordinal);
        Assert.Equal([Centre.Id, Park.Id], settled.Take([Centre.Id, Park.Id, Yili.Id], found));
        Assert.Equal(1, settled.Count);
        Assert.Same(Yili, found[Yili.Id]);
        Assert.False(settled.TryGet(1, out _));
        Assert.True(settled.TryGet(3, out _));
    }
}
