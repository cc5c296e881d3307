using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Api.GraphQL.Bi;

/// <summary>Entities counted per region; <see cref="Region"/> is null for entities without a region code.</summary>
internal sealed record RegionCount(Region? Region, string? RegionCode, int Count);

internal sealed record SegmentCount(string SegmentId, string SegmentName, ChainStage? Stage, EntityKind Type, int Count);

/// <summary>One placement as a flat row: scalars only, so a BI tool loads it without nested traversal.</summary>
internal sealed record PlacementRow(
    string Chain,
    string Segment,
    string SegmentId,
    ChainStage? Stage,
    string EntityId,
    string EntityName,
    EntityKind EntityType,
    string? RegionCode,
    string? RegionName,
    RelationKind Via,
    string? Role,
    string RelationId);

internal sealed record RelationRow(
    string RelationId,
    RelationKind Type,
    string FromId,
    string? FromName,
    EntityKind? FromType,
    string ToId,
    string? ToName,
    EntityKind? ToType,
    int MentionCount);
