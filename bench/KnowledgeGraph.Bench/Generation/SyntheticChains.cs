using System.Globalization;
using KnowledgeGraph.Domain.Catalogue;

namespace KnowledgeGraph.Bench.Generation;

/// <summary>
/// Filler chains that carry the bulk of a scale graph, so the catalogue chain (乳业) keeps a fixed size while the graph
/// grows: that is what lets chain-map latency be compared across scales.
/// </summary>
internal static class SyntheticChains
{
    public static IReadOnlyList<ChainDef> Create(ChainDef template, int count) =>
        [.. Enumerable.Range(1, count).Select(i => Clone(template, i))];

    public static string Name(int index) => $"合成产业{index.ToString("D4", CultureInfo.InvariantCulture)}";

    private static ChainDef Clone(ChainDef template, int index)
    {
        var name = Name(index);
        return new ChainDef(
            name,
            [],
            [name],
            [.. template.Segments.Select(s => s with { Name = $"{s.Name}{index.ToString(CultureInfo.InvariantCulture)}" })],
            [.. template.Supplies.Select(pair => (IReadOnlyList<string>)[.. pair.Select(s => $"{s}{index.ToString(CultureInfo.InvariantCulture)}")])]);
    }
}
