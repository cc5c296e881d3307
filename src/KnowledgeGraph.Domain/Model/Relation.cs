using System.Collections.ObjectModel;

namespace KnowledgeGraph.Domain.Model;

/// <summary>A directed edge, upserted by <see cref="Id"/>.</summary>
public sealed record Relation(string FromId, RelationKind Kind, string ToId)
{
    public string Id => RelationIds.For(FromId, Kind, ToId);

    /// <summary>Edge attributes, e.g. role = 链主 on OPERATES_IN, or a share/amount on FUNDS.</summary>
    /// <remarks>Most nodes and edges have none: they share one empty instance rather than each carrying its own.</remarks>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = ReadOnlyDictionary<string, string>.Empty;
}

public static class RelationIds
{
    public static string For(string fromId, RelationKind kind, string toId) => $"{fromId}|{kind.Code()}|{toId}";
}
