using KnowledgeGraph.Domain.ChainMap;

namespace KnowledgeGraph.Domain.Tests.ChainMap;

public sealed class DeferredTests
{
    [Fact]
    public void DeferredList_NeverRead_NeverBuilt()
    {
        var builds = 0;
        _ = new DeferredList<string>(() => [$"{++builds}"]);

        Assert.Equal(0, builds);
    }

    [Fact]
    public void DeferredList_ReadManyWays_BuiltOnceWithTheSameItems()
    {
        var builds = 0;
        var list = new DeferredList<string>(() =>
        {
            builds++;
            return ["内蒙古伊利实业集团股份有限公司", "南京卫岗乳业有限公司"];
        });

        Assert.Equal(2, list.Count);
        Assert.Equal("南京卫岗乳业有限公司", list[1]);
        Assert.Equal(["内蒙古伊利实业集团股份有限公司", "南京卫岗乳业有限公司"], list);
        Assert.Equal(1, builds);
    }

    [Fact]
    public async Task DeferredList_ReadFromManyThreadsAtOnce_BuiltOnce()
    {
        var builds = 0;
        using var gate = new ManualResetEventSlim();
        var list = new DeferredList<int>(() =>
        {
            Interlocked.Increment(ref builds);
            return [1, 2, 3];
        });

        var readers = Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
        {
            gate.Wait();
            return list.Sum();
        })).ToList();
        gate.Set();

        Assert.All(await Task.WhenAll(readers), sum => Assert.Equal(6, sum));
        Assert.Equal(1, builds);
    }

    [Fact]
    public void DeferredDictionary_Read_BuiltOnceAndAnswersLikeTheDictionary()
    {
        var builds = 0;
        var links = new DeferredDictionary<string, int>(() =>
        {
            builds++;
            return new Dictionary<string, int>(StringComparer.Ordinal) { ["Achievement:常温活菌包埋技术"] = 2 };
        });

        Assert.Equal(0, builds);
        Assert.True(links.TryGetValue("Achievement:常温活菌包埋技术", out var producers));
        Assert.Equal(2, producers);
        Assert.False(links.ContainsKey("Achievement:其他"));
        Assert.Equal(["Achievement:常温活菌包埋技术"], links.Keys);
        Assert.Equal(1, builds);
    }
}
