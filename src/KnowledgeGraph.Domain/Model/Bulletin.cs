namespace KnowledgeGraph.Domain.Model;

public enum BulletinStatus
{
    Pending,
    Ingested,
    Failed,
    /// <summary>Same content as an already ingested bulletin under another name.</summary>
    Duplicate,
}

/// <summary>
/// A source file as received. <see cref="Id"/> is the lowercase hex SHA-256 of the raw bytes, so the same
/// content is one bulletin whatever its name, and a changed file is a new bulletin.
/// </summary>
public sealed record Bulletin(string Id, string Name, BulletinStatus Status, DateTimeOffset ReceivedAt)
{
    public string? Title { get; init; }
    public string? Error { get; init; }
    public DateTimeOffset? IngestedAt { get; init; }
    public int Articles { get; init; }
    public int Entities { get; init; }
    public int Relations { get; init; }
    public long SizeBytes { get; init; }
    public string? Encoding { get; init; }
}
