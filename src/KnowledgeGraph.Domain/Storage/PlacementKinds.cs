using System.Collections.Frozen;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Storage;

/// <summary>
/// The edge kinds that place an entity on a chain when they point at one of its segments or at the chain itself.
/// One list shared by every store so chain maps agree whichever store serves them.
/// </summary>
public static class PlacementKinds
{
    public static FrozenSet<RelationKind> All { get; } = new[]
    {
        RelationKind.Serves,
        RelationKind.OperatesIn,
        RelationKind.Supports,
        RelationKind.Funds,
        RelationKind.Produced,
    }.ToFrozenSet();

    public static bool Places(this RelationKind kind) => All.Contains(kind);
}
