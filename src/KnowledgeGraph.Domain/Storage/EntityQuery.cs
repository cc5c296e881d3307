using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Storage;

/// <summary>Filter, sort and page over entities. Every filter is optional; all given filters must match.</summary>
public sealed record EntityQuery
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 1000;

    public IReadOnlyCollection<EntityKind>? Kinds { get; init; }

    /// <summary>Adcode prefix (see <see cref="Regions.Gazetteer.PrefixOf"/>): "15" is 内蒙古 and everything in it.</summary>
    public string? RegionPrefix { get; init; }

    /// <summary>Chain name: entities placed on any segment of it or on the chain itself.</summary>
    public string? Chain { get; init; }

    /// <summary>Segment entity id: entities placed on that segment.</summary>
    public string? SegmentId { get; init; }

    public string? Level { get; init; }

    public string? NameContains { get; init; }

    /// <summary>Full-text search over names and aliases; Chinese substrings match (乳业 finds 国家乳业技术创新中心).</summary>
    public string? Text { get; init; }

    public EntitySort Sort { get; init; } = EntitySort.Name;

    public bool Descending { get; init; }

    public int First { get; init; } = DefaultPageSize;

    /// <summary>Opaque cursor from a previous <see cref="Page{T}.EndCursor"/>.</summary>
    public string? After { get; init; }
}

public enum EntitySort
{
    Name,
    MentionCount,
    FirstSeen,
}
