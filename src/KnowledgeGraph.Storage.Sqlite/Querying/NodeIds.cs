namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>
/// Ids of node numbers that <see cref="SettledSummaries"/> does not hold (nodes without a region, ids reserved in
/// <c>target_keys</c>), for turning an edge's far end back into its id without a seek into the node's row. A number
/// names one id for the file's life: a node keeps its number, and a reserved number goes to the node of the same id.
/// </summary>
internal sealed class NodeIds(int capacity) : StartOverMap<long, string>(capacity)
{
    /// <summary>About 1.5 MB at most: an entry is a number and an id of ~40 characters.</summary>
    public const int DefaultCapacity = 8_192;
}
