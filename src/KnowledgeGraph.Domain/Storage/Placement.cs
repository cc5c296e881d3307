using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Storage;

/// <summary>
/// An entity placed on a chain: <see cref="SegmentId"/> is a ChainSegment id, or the IndustryChain id when the
/// text ties the entity to the chain as a whole. <see cref="RelationId"/> leads to the mentions behind it.
/// </summary>
public sealed record Placement(
    string SegmentId,
    string EntityId,
    EntityKind Kind,
    string Name,
    string? RegionCode,
    RelationKind Via)
{
    /// <summary>
    /// The placing edge's id, built when asked for rather than stored: a chain map reads every placement of its chain
    /// (500 at 1M) and shows or traces a few, and the string was a tenth of what a computed map allocated.
    /// </summary>
    public string RelationId => RelationIds.For(EntityId, Via, SegmentId);

    /// <summary>链主 / 龙头 where the text says so (edge property "role").</summary>
    public string? Role { get; init; }
}

public sealed record CoverageCell(string SegmentId, string? RegionCode, EntityKind Kind, int Count);

public sealed record GraphStats(
    int Entities,
    int Relations,
    int Mentions,
    int Bulletins,
    IReadOnlyDictionary<EntityKind, int> EntitiesByKind,
    IReadOnlyDictionary<RelationKind, int> RelationsByKind);
