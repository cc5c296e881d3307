using KnowledgeGraph.Bench.Generation;

namespace KnowledgeGraph.Bench.Reporting;

/// <summary>
/// How the figures measured at every scale grow from the smallest scale of the run to the largest, so "cost grows no
/// faster than linearly" and "chain maps stay flat" are read off one row each instead of being worked out from four.
/// </summary>
internal static class GrowthFigures
{
    public static void Add(ResultSink sink, IReadOnlyList<int> scales)
    {
        if (scales.Count < 2)
        {
            return;
        }

        var (small, large) = (ScaleSpec.Format(scales.Min()), ScaleSpec.Format(scales.Max()));
        if (small == large)
        {
            return;
        }

        Memory(sink, scales);
        LoadCost(sink, small, large);
        foreach (var query in (string[])["chainMap (computed)", "gaps (computed)"])
        {
            Latency(sink, small, large, query, "p95");
            Latency(sink, small, large, query, "service CPU per request");
        }
    }

    private static void Memory(ResultSink sink, IReadOnlyList<int> scales)
    {
        var peaks = scales
            .Select(s => (Entities: s, Figure: Find(sink, ScaleSpec.Format(s), "service peak RSS", prefix: true)))
            .Where(p => p.Figure is not null)
            .OrderBy(p => p.Entities)
            .ToList();
        if (peaks.Count < 2 || peaks[^1].Entities == peaks[0].Entities)
        {
            return;
        }

        var perHundredK = (peaks[^1].Figure!.Value - peaks[0].Figure!.Value) / ((peaks[^1].Entities - peaks[0].Entities) / 100_000.0);
        sink.Add(new Figure("-", "memory", $"RSS growth per 100k entities ({ScaleSpec.Format(peaks[0].Entities)}→{ScaleSpec.Format(peaks[^1].Entities)})", perHundredK, "MB"));
    }

    /// <summary>
    /// Time per entity loaded at the largest scale over the smallest: 1 is linear. The raw insert of the same rows, in
    /// the same run, grows too (its B-trees deepen and outgrow the page cache), so it is the baseline: a ratio near 1
    /// means the store adds no growth of its own.
    /// </summary>
    private static void LoadCost(ResultSink sink, string small, string large)
    {
        const string name = "scale load entities/s";
        if (Find(sink, small, name, prefix: true) is not { Baseline: { } rawSmall } ours || Find(sink, large, name, prefix: true) is not { Baseline: { } rawLarge } theirs)
        {
            return;
        }

        sink.Add(new Figure("-", "growth", $"scale load time per entity, {large} ÷ {small}", ours.Value / theirs.Value, "×")
        {
            Baseline = rawSmall / rawLarge,
            BaselineName = "raw insert's own growth",
            Note = $"1 = linear cost in graph size; {small}: {ours.Value:N0} entities/s, {large}: {theirs.Value:N0} entities/s",
        });
    }

    /// <summary>The same query's figure at the largest scale over the smallest: 1 is flat.</summary>
    private static void Latency(ResultSink sink, string small, string large, string query, string measure)
    {
        var name = $"{query} {measure}";
        if (Find(sink, small, name, prefix: false) is not { Value: > 0 } at || Find(sink, large, name, prefix: false) is not { } to)
        {
            return;
        }

        sink.Add(new Figure("-", "growth", $"{name}, {large} ÷ {small}", to.Value / at.Value, "×")
        {
            Note = $"1 = flat in graph size; {small}: {at.Value:0.00} {at.Unit}, {large}: {to.Value:0.00} {to.Unit}",
        });
    }

    private static Figure? Find(ResultSink sink, string scale, string name, bool prefix) =>
        sink.Figures.FirstOrDefault(f => f.Scale == scale && (prefix ? f.Name.StartsWith(name, StringComparison.Ordinal) : f.Name == name));
}
