using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using static KnowledgeGraph.Storage.Tests.Contract.SeedGraph;

namespace KnowledgeGraph.Storage.Tests.Sqlite.Writing;

/// <summary>
/// A commit group writes each node and edge once, merged in memory; what it stores must be what committing the same
/// bulletins one by one stores, including where the bulletins disagree.
/// </summary>
public sealed class GroupMergeTests : IDisposable
{
    private const string Enterprise = "Enterprise:内蒙古伊利实业集团股份有限公司";
    private const string Segment = "ChainSegment:乳业/乳制品加工";
    private static readonly DateTimeOffset Early = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Late = new(2024, 4, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task CommitBulletinsAsync_BulletinsDisagreeAboutANode_StoresWhatOneByOneCommitsStore()
    {
        // The later-ingested bulletin comes first in the group: first-seen must still be the earlier time.
        var late = (Bulletin(PlatformsFile, Late) with { IngestedAt = Late }, Graph(regionCode: null, level: "国家级", "伊利", ("role", "链主"), ("founded", "1993")));
        var early = (Bulletin(MilestonesFile, Early) with { IngestedAt = Early }, Graph(regionCode: "150100", level: "省级", "伊利集团", ("role", "成员单位"), ("listed", "600887")));
        var grouped = database.CreateStore(database.PathOf("grouped.db"));
        var single = database.CreateStore(database.PathOf("single.db"));

        await grouped.CommitBulletinsAsync([late, early]);
        await single.CommitBulletinAsync(late.Item1, late.Item2);
        await single.CommitBulletinAsync(early.Item1, early.Item2);

        var (g, s) = ((await grouped.GetEntitiesAsync([Enterprise]))[Enterprise], (await single.GetEntitiesAsync([Enterprise]))[Enterprise]);
        Assert.Equal(("150100", "国家级", Early), (g.RegionCode, g.Level, g.FirstSeen));
        Assert.Equal((s.RegionCode, s.Level, s.FirstSeen, s.MentionCount), (g.RegionCode, g.Level, g.FirstSeen, g.MentionCount));
        Assert.Equal(s.Properties.OrderBy(p => p.Key, StringComparer.Ordinal), g.Properties.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal("链主", g.Properties["role"]);
        Assert.Equal(["伊利", "伊利集团"], g.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal(s.Aliases.Order(StringComparer.Ordinal), g.Aliases.Order(StringComparer.Ordinal));
        var (ge, se) = (await EdgeAsync(grouped), await EdgeAsync(single));
        Assert.Equal(se.Properties.OrderBy(p => p.Key, StringComparer.Ordinal), ge.Properties.OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal("链主", ge.Properties["role"]);
        Assert.Single((await grouped.QueryEntitiesAsync(new EntityQuery { Text = "伊利集团" })).Items);
    }

    private static async Task<Relation> EdgeAsync(IGraphStore store) =>
        Assert.Single(await store.GetRelationsAsync([Enterprise], RelationDirection.Outgoing, [RelationKind.OperatesIn]));

    private static BulletinGraph Graph(string? regionCode, string level, string alias, params (string Key, string Value)[] properties)
    {
        var props = properties.ToDictionary(p => p.Key, p => p.Value);
        return BulletinGraph.Empty with
        {
            Entities =
            [
                new Entity(Enterprise, EntityKind.Enterprise, "内蒙古伊利实业集团股份有限公司") { RegionCode = regionCode, Level = level, Aliases = [alias], Properties = props },
                new Entity(Segment, EntityKind.ChainSegment, "乳制品加工"),
            ],
            Relations = [new Relation(Enterprise, RelationKind.OperatesIn, Segment) { Properties = props }],
        };
    }
}
