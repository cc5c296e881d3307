namespace KnowledgeGraph.Domain.Model;

/// <summary>A directed edge, upserted by <see cref="Id"/>.</summary>
public sealed record Relation(string FromId, RelationKind Kind, string ToId)
{
    public string Id => RelationIds.For(FromId, Kind, ToId);

    /// <summary>Edge attributes, e.g. role = 链主 on OPERATES_IN, or a share/amount on FUNDS.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();
}

public static class RelationIds
{
    public static string For(string fromId, RelationKind kind, string toId) => $"{fromId}|{kind.Code()}|{toId}";
}
