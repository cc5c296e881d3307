namespace KnowledgeGraph.Api.GraphQL;

/// <summary>Per-request user context: whether the caller presented a valid API key.</summary>
internal sealed class GraphQLUserContext : Dictionary<string, object?>
{
    private const string KeyVerified = "apiKeyVerified";

    public GraphQLUserContext(bool keyVerified)
    {
        this[KeyVerified] = keyVerified;
    }

    public static bool IsKeyVerified(IDictionary<string, object?> context) =>
        context.TryGetValue(KeyVerified, out var value) && value is true;
}
