namespace KnowledgeGraph.Storage.Neo4j.QueryApi;

/// <summary>The rows of one statement; values already decoded from typed JSON into .NET values.</summary>
internal sealed class QueryResult(IReadOnlyList<string> fields, IReadOnlyList<object?[]> values, IReadOnlyList<string> bookmarks)
{
    private readonly Dictionary<string, int> index = fields.Select((f, i) => (f, i)).ToDictionary(p => p.f, p => p.i, StringComparer.Ordinal);

    public IReadOnlyList<string> Fields { get; } = fields;

    public IReadOnlyList<string> Bookmarks { get; } = bookmarks;

    public int Count => values.Count;

    public IEnumerable<QueryRecord> Records => values.Select(v => new QueryRecord(this, v));

    public QueryRecord Single() => values.Count == 1
        ? new QueryRecord(this, values[0])
        : throw new InvalidOperationException($"Expected one row, got {values.Count}.");

    internal int IndexOf(string field) => index.TryGetValue(field, out var i)
        ? i
        : throw new KeyNotFoundException($"The statement returned no field '{field}' (fields: {string.Join(", ", Fields)}).");
}

internal readonly struct QueryRecord(QueryResult result, object?[] values)
{
    public object? this[string field] => values[result.IndexOf(field)];

    public string? String(string field) => (string?)this[field];

    public long Int64(string field) => this[field] is long l ? l : 0;

    public IReadOnlyDictionary<string, object?> Map(string field) =>
        this[field] as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();

    public IReadOnlyList<object?> List(string field) => this[field] as IReadOnlyList<object?> ?? [];
}
