using System.Globalization;

namespace KnowledgeGraph.Bench.Generation;

/// <summary>
/// Shape of a generated graph: <see cref="Entities"/> nodes with about five edges each, committed in bulletin-sized
/// batches. <see cref="FocusEntities"/> of them sit on the catalogue chain whatever the scale; the rest go to filler
/// chains of <see cref="EntitiesPerFillerChain"/> each.
/// </summary>
internal sealed record ScaleSpec(int Entities)
{
    public int BatchSize { get; init; } = 1000;

    public int FocusEntities { get; init; } = 500;

    public int EntitiesPerFillerChain { get; init; } = 2000;

    public int Seed { get; init; } = 20240101;

    public int EffectiveFocus => Math.Min(FocusEntities, Math.Max(1, Entities / 2));

    public int FillerChains => Math.Max(1, (Entities - EffectiveFocus + EntitiesPerFillerChain - 1) / EntitiesPerFillerChain);

    public string Label => Format(Entities);

    public static string Format(int entities) => entities switch
    {
        >= 1_000_000 when entities % 1_000_000 == 0 => $"{entities / 1_000_000}M",
        >= 1_000 when entities % 1_000 == 0 => $"{entities / 1_000}k",
        _ => entities.ToString(CultureInfo.InvariantCulture),
    };

    public static int Parse(string text)
    {
        var t = text.Trim().ToUpperInvariant();
        var multiplier = t.EndsWith('M') ? 1_000_000 : t.EndsWith('K') ? 1_000 : 1;
        var digits = multiplier == 1 ? t : t[..^1];
        return checked((int)(double.Parse(digits, CultureInfo.InvariantCulture) * multiplier));
    }
}
