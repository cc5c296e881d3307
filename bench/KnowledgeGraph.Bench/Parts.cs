using KnowledgeGraph.Domain.Extraction;

namespace KnowledgeGraph.Bench;

/// <summary>A part of the product the bench drives, or the reason it cannot (not merged yet, not configured).</summary>
internal sealed record Part<T>(T? Value, string? Missing)
    where T : class
{
    public static Part<T> Of(T value) => new(value, null);

    public static Part<T> Absent(string reason) => new(null, reason);
}

/// <summary>
/// The one place that knows the concrete types of the other projects (store, extractor, host settings), so the bench
/// code stays on the Domain ports.
/// </summary>
internal static class Parts
{
    public static Part<StoreHandle> SqliteStore(string path) => Part<StoreHandle>.Absent("the SQLite store is not in main yet");

    public static Part<StoreHandle> Neo4jStore() =>
        Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 }
            ? Part<StoreHandle>.Absent("the Neo4j store is not in main yet")
            : Part<StoreHandle>.Absent("NEO4J_URI is not set");

    public static Part<IBulletinExtractor> Extractor() => Part<IBulletinExtractor>.Absent("the extractor is not in main yet");

    /// <summary>Host configuration that points the service at a store file and keeps its ingestion worker idle.</summary>
    public static IReadOnlyDictionary<string, string> ServiceSettings(string sqlitePath, string emptyInbox) =>
        new Dictionary<string, string>(StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, string> Neo4jServiceSettings(string emptyInbox) =>
        new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>Where the host serves GraphQL over HTTP.</summary>
    public const string GraphQlPath = "/graphql";
}
