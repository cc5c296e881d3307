using KnowledgeGraph.Storage.Neo4j;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>Wires the store exactly as the host does (AddNeo4jGraphStore over configuration), with test settings.</summary>
internal static class Neo4jServices
{
    /// <summary>Fast settings for tests: short delays and timeouts, a breaker that opens after a few failures.</summary>
    public static Dictionary<string, string?> FastSettings(Uri uri) => new()
    {
        ["Graph:Neo4j:Uri"] = uri.ToString(),
        ["Graph:Neo4j:Database"] = "neo4j",
        ["Graph:Neo4j:User"] = "neo4j",
        ["Graph:Neo4j:Password"] = "test-password",
        ["Graph:Neo4j:RequestTimeout"] = "00:00:05",
        ["Graph:Neo4j:HealthTimeout"] = "00:00:03",
        ["Graph:Neo4j:MaxRetryAttempts"] = "3",
        ["Graph:Neo4j:RetryBaseDelay"] = "00:00:00.010",
        ["Graph:Neo4j:CircuitMinimumThroughput"] = "100",
    };

    public static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddNeo4jGraphStore();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }
}
