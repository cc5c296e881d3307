using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>
/// Section <c>GraphQL</c>: limits that keep one request from exhausting the service. Defaults let the largest
/// real chain map and GraphiQL's introspection through and stop query bombs with a 4xx GraphQL error.
/// </summary>
internal sealed class GraphQLApiOptions
{
    public const string Section = "GraphQL";

    [Range(2, 64)]
    public int MaxDepth { get; set; } = 15;

    [Range(10, 10_000_000)]
    public int MaxComplexity { get; set; } = 200_000;

    /// <summary>Longest accepted GraphQL document, in characters (the query text, not the variables).</summary>
    [Range(64, 10_000_000)]
    public int MaxDocumentLength { get; set; } = 32 * 1024;

    /// <summary>Largest accepted POST body, in bytes (variables can carry a whole bulletin).</summary>
    [Range(1024, 256L * 1024 * 1024)]
    public long MaxRequestBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>Memory for whole cached query answers (see GraphQLResponseCache); 0 turns the cache off.</summary>
    [Range(0, 4096)]
    public int ResponseCacheMegabytes { get; set; } = 32;

    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);
}
