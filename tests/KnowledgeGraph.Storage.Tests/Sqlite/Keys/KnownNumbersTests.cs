using KnowledgeGraph.Storage.Sqlite.Keys;

namespace KnowledgeGraph.Storage.Tests.Sqlite.Keys;

public sealed class KnownNumbersTests
{
    private const string Centre = "InnovationPlatform:国家乳业技术创新中心";
    private const string Park = "Park:巴彦淖尔国家农业高新技术产业示范区";
    private const string Edge = "Enterprise:伊利集团|LOCATED_IN|Region:内蒙古自治区";

    [Fact]
    public void TryGet_NodeAndEdgeKept_EachReadsItsOwnSignedNumberAndBack()
    {
        var known = new KnownNumbers(KnownNumbers.DefaultCapacity);
        known.Keep(Centre, 7);
        known.Keep(Edge, -12);

        Assert.True(known.TryGetNumber(Centre, out var node));
        Assert.True(known.TryGetNumber(Edge, out var edge));
        Assert.Equal((7, -12), (node, edge));
        Assert.False(known.TryGetNumber(Park, out _));
        Assert.True(known.TryGetId(-12, out var id));
        Assert.Equal(Edge, id);
        Assert.False(known.TryGetId(8, out _));
    }

    [Fact]
    public void Keep_FullCache_StartsOverWithTheNewEntry()
    {
        var known = new KnownNumbers(capacity: 2);

        known.Keep(Centre, 1);
        known.Keep(Park, 2);
        known.Keep(Edge, -3);

        Assert.False(known.TryGetNumber(Centre, out _));
        Assert.False(known.TryGetNumber(Park, out _));
        Assert.False(known.TryGetId(1, out _));
        Assert.True(known.TryGetNumber(Edge, out var edge));
        Assert.Equal(-3, edge);
    }
}
