using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Domain.ChainMap;

/// <summary>A chain's segments upstream → downstream with who is placed on each, for one region (and its sub-regions) or all.</summary>
public sealed record ChainMap(ChainDef Chain, Region? Region, IReadOnlyList<SegmentView> Segments)
{
    /// <summary>Entities tied to the chain as a whole rather than to one segment.</summary>
    public IReadOnlyList<Placement> ChainLevel { get; init; } = [];
}

public sealed record SegmentView(string Id, ChainSegmentDef Segment, IReadOnlyList<Placement> Placements)
{
    public IEnumerable<Placement> Of(params EntityKind[] kinds) => Placements.Where(p => kinds.Contains(p.Kind));

    public int Count(EntityKind kind) => Placements.Count(p => p.Kind == kind);
}
