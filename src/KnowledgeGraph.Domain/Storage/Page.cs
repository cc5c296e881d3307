namespace KnowledgeGraph.Domain.Storage;

public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, bool HasNextPage, string? EndCursor)
{
    /// <summary>Cursor of each item, same order as <see cref="Items"/> (Relay edges).</summary>
    public IReadOnlyList<string> Cursors { get; init; } = [];

    public bool HasPreviousPage { get; init; }
}
