namespace KnowledgeGraph.Api.GraphQL.Security;

/// <summary>
/// Section <c>Api</c>. Keys come from configuration or environment (<c>Api__Keys__0=…</c>); with no key configured
/// the ingest mutation is refused for everyone.
/// </summary>
internal sealed class ApiKeyOptions
{
    public const string Section = "Api";

    public const string HeaderName = "X-Api-Key";

    public const int MinKeyLength = 16;

    public IList<string> Keys { get; } = [];

    /// <summary>When true, queries need a key too; by default reading the graph is open.</summary>
    public bool RequireKeyForQueries { get; set; }
}
