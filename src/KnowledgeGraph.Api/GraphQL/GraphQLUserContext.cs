using KnowledgeGraph.Domain.Caching;

namespace KnowledgeGraph.Api.GraphQL;

/// <summary>Per-request user context: whether the caller presented a valid API key, and whether it asked for no cached answers.</summary>
internal sealed class GraphQLUserContext : Dictionary<string, object?>
{
    private const string KeyVerified = "apiKeyVerified";
    private const string Cache = "cachePolicy";

    public GraphQLUserContext(bool keyVerified, CachePolicy cachePolicy = CachePolicy.Use)
    {
        this[KeyVerified] = keyVerified;
        this[Cache] = cachePolicy;
    }

    public static bool IsKeyVerified(IDictionary<string, object?> context) =>
        context.TryGetValue(KeyVerified, out var value) && value is true;

    public static CachePolicy CachePolicyOf(IDictionary<string, object?> context) =>
        context.TryGetValue(Cache, out var value) && value is CachePolicy policy ? policy : CachePolicy.Use;
}
