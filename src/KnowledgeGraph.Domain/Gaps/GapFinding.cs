using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Gaps;

public enum GapKind
{
    /// <summary>断链: a segment with no enterprise while segments up- or downstream of it have some.</summary>
    BrokenChain,

    /// <summary>创新链缺口: enterprises but no lab, platform, university or institute serving the segment.</summary>
    InnovationGap,

    /// <summary>成果未转化: achievements with no recorded uptake, or produced for a segment with no enterprise.</summary>
    UntransferredAchievement,

    /// <summary>单点依赖: a segment served by exactly one organisation.</summary>
    SinglePointDependency,

    /// <summary>缺链主: no leading enterprise on the chain in the region.</summary>
    NoLeadingEnterprise,

    /// <summary>区域短板: the region is far below the other regions on a segment.</summary>
    RegionalShortfall,
}

public enum GapSeverity
{
    High,
    Medium,
    Low,
}

/// <summary>补链 fills a missing segment, 强链 strengthens a weak one, 延链 extends the chain to use what is produced.</summary>
public enum SuggestionAction
{
    FillChain,
    StrengthenChain,
    ExtendChain,
}

/// <summary>
/// One gap. <see cref="SegmentId"/> is null for chain-wide findings. <see cref="EntityIds"/> and <see cref="RelationIds"/>
/// are the facts the finding rests on, so every finding can be traced to bulletin sentences.
/// </summary>
public sealed record GapFinding(
    GapKind Kind,
    GapSeverity Severity,
    string? SegmentId,
    string Explanation,
    IReadOnlyList<string> EntityIds,
    IReadOnlyList<string> RelationIds)
{
    public IReadOnlyList<GapSuggestion> Suggestions { get; init; } = [];
}

/// <summary>A concrete candidate elsewhere in the graph; <see cref="Rank"/> 1 is the best.</summary>
public sealed record GapSuggestion(
    SuggestionAction Action,
    int Rank,
    string EntityId,
    string Name,
    EntityKind Kind,
    string? RegionCode,
    string Explanation)
{
    /// <summary>Mentions, segments served, proximity: what the rank was computed from.</summary>
    public double Score { get; init; }
}

public static class GapLabels
{
    public static string Label(this GapKind kind) => kind switch
    {
        GapKind.BrokenChain => "断链",
        GapKind.InnovationGap => "创新链缺口",
        GapKind.UntransferredAchievement => "成果未转化",
        GapKind.SinglePointDependency => "单点依赖",
        GapKind.NoLeadingEnterprise => "缺链主",
        GapKind.RegionalShortfall => "区域短板",
        _ => kind.ToString(),
    };

    public static string Label(this GapSeverity severity) => severity switch
    {
        GapSeverity.High => "高",
        GapSeverity.Medium => "中",
        _ => "低",
    };

    public static string Label(this SuggestionAction action) => action switch
    {
        SuggestionAction.FillChain => "补链",
        SuggestionAction.StrengthenChain => "强链",
        _ => "延链",
    };
}
