using KnowledgeGraph.Bench.Reporting;

namespace KnowledgeGraph.Bench.Tests.Reporting;

public sealed class GrowthFiguresTests
{
    [Fact]
    public void Add_LoadAndQueriesAtTwoScales_GrowthFromSmallestToLargest()
    {
        var sink = new ResultSink();
        sink.Add(new Figure("1k", "load", "scale load entities/s (store batch commit)", 12_000, "entities/s") { Baseline = 11_000 });
        sink.Add(new Figure("1M", "load", "scale load entities/s (store batch commit)", 6_000, "entities/s") { Baseline = 5_500 * 1.1 });
        sink.Add(new Figure("1k", "queries", "chainMap (computed) p95", 12.5, "ms"));
        sink.Add(new Figure("1M", "queries", "chainMap (computed) p95", 15, "ms"));
        sink.Add(new Figure("1k", "memory", "service peak RSS, serving (MB)", 170, "MB"));
        sink.Add(new Figure("1M", "memory", "service peak RSS, serving (MB)", 269.9, "MB"));

        GrowthFigures.Add(sink, [1_000_000, 1_000]);

        var load = Assert.Single(sink.Figures, f => f.Name == "scale load time per entity, 1M ÷ 1k");
        Assert.Equal(2.0, load.Value, 3);
        Assert.Equal(11_000 / 6_050.0, load.Baseline!.Value, 3);
        var map = Assert.Single(sink.Figures, f => f.Name == "chainMap (computed) p95, 1M ÷ 1k");
        Assert.Equal(1.2, map.Value, 3);
        Assert.Equal(10.0, Assert.Single(sink.Figures, f => f.Name.StartsWith("RSS growth per 100k", StringComparison.Ordinal)).Value, 1);
        Assert.DoesNotContain(sink.Figures, f => f.Name.StartsWith("gaps", StringComparison.Ordinal));
    }

    [Fact]
    public void Add_OneScale_NoGrowthFigures()
    {
        var sink = new ResultSink();
        sink.Add(new Figure("1M", "queries", "chainMap (computed) p95", 15, "ms"));

        GrowthFigures.Add(sink, [1_000_000]);

        Assert.Single(sink.Figures);
    }
}
