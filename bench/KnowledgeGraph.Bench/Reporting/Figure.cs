namespace KnowledgeGraph.Bench.Reporting;

/// <summary>A target: a limit on the value (or on the ratio to the baseline when <see cref="OnRatio"/>).</summary>
internal sealed record Target(double Limit, bool HigherIsBetter, bool OnRatio = false)
{
    public static Target AtLeast(double limit) => new(limit, true);

    public static Target AtMost(double limit) => new(limit, false);

    public static Target RatioAtLeast(double limit) => new(limit, true, true);

    public static Target RatioAtMost(double limit) => new(limit, false, true);

    public bool Met(double value, double? ratio)
    {
        var subject = OnRatio ? ratio : value;
        return subject is { } v && (HigherIsBetter ? v >= Limit : v <= Limit);
    }

    public override string ToString() =>
        $"{(OnRatio ? "ratio " : string.Empty)}{(HigherIsBetter ? "≥" : "≤")} {Limit.ToString(Limit >= 10_000 ? "#,0" : "0.###", System.Globalization.CultureInfo.InvariantCulture)}";
}

/// <summary>One measured figure of a run, with the baseline measured in the same run where there is one.</summary>
internal sealed record Figure(string Scale, string Section, string Name, double Value, string Unit)
{
    public double? Baseline { get; init; }

    public string? BaselineName { get; init; }

    public Target? Target { get; init; }

    public string? Note { get; init; }

    /// <summary>Value ÷ baseline (for times: how many times slower than the floor; for rates: the share of the ceiling).</summary>
    public double? Ratio => Baseline is { } b && b != 0 ? Value / b : null;

    public string Status => Target is null ? "-" : Target.Met(Value, Ratio) ? "PASS" : "MISS";
}
