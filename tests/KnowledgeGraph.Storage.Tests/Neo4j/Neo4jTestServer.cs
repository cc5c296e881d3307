using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Containers;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.QueryApi;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>
/// The real Neo4j the contract suite runs against, found once per test run: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD,
/// NEO4J_DATABASE) if set, else a neo4j:5 container started by Testcontainers where Docker is available, else none, and
/// every contract test is skipped with <see cref="SkipReason"/>. The suite EMPTIES that database before each test:
/// point NEO4J_URI at a throwaway server or database only.
/// </summary>
internal sealed class Neo4jTestServer
{
    private const string ContainerPassword = "contract-suite-password";

    private static readonly Lazy<Task<Neo4jTestServer>> Instance = new(FindAsync);

    private readonly Dictionary<string, string?>? settings;

    private Neo4jTestServer(Dictionary<string, string?>? settings, string? skipReason)
    {
        this.settings = settings;
        SkipReason = skipReason;
    }

    public string? SkipReason { get; }

    public static Task<Neo4jTestServer> SharedAsync() => Instance.Value;

    /// <summary>A store on an emptied database with the schema in place; disposed with <paramref name="scope"/>.</summary>
    public async Task<IGraphStore> CreateStoreAsync(ICollection<IAsyncDisposable> scope)
    {
        Skip.If(SkipReason is not null, SkipReason);
        var services = Neo4jServices.Build(settings!);
        scope.Add(services);
        await services.GetRequiredService<QueryApiClient>().RunAsync(CypherStatements.Embedded["reset-all"]);
        var store = services.GetRequiredService<IGraphStore>();
        await store.InitializeAsync();
        return store;
    }

    private static async Task<Neo4jTestServer> FindAsync()
    {
        if (Environment.GetEnvironmentVariable("NEO4J_URI") is { Length: > 0 } uri)
        {
            return new Neo4jTestServer(
                Settings(new Uri(uri), Environment.GetEnvironmentVariable("NEO4J_USER"), Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
                    Environment.GetEnvironmentVariable("NEO4J_DATABASE") is { Length: > 0 } database ? database : "neo4j"),
                null);
        }

        IContainer container;
        try
        {
            container = new ContainerBuilder("neo4j:5")
                .WithEnvironment("NEO4J_AUTH", $"neo4j/{ContainerPassword}")
                .WithEnvironment("NEO4J_server_http__enabled__modules", "TRANSACTIONAL_ENDPOINTS,UNMANAGED_EXTENSIONS,BROWSER,QUERY_API_ENDPOINTS")
                .WithPortBinding(7474, true)
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/")))
                .Build();
        }
        catch (DockerUnavailableException ex)
        {
            return new Neo4jTestServer(
                null,
                "No Neo4j to run the store contract against: set NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD) to a throwaway "
                + $"Neo4j 5.26+, or run where Docker is available (Testcontainers starts neo4j:5). {ex.Message.Split('\n')[0]}");
        }

        await container.StartAsync();
        var endpoint = new Uri($"http://{container.Hostname}:{container.GetMappedPublicPort(7474)}");
        var settings = Settings(endpoint, "neo4j", ContainerPassword, "neo4j");
        await WaitUntilDatabaseAnswersAsync(settings, TimeSpan.FromMinutes(2));
        return new Neo4jTestServer(settings, null);
    }

    // The HTTP connector answers before the database is online; the health probe runs a statement.
    private static async Task WaitUntilDatabaseAnswersAsync(Dictionary<string, string?> settings, TimeSpan limit)
    {
        await using var services = Neo4jServices.Build(settings);
        var store = services.GetRequiredService<IGraphStore>();
        var started = TimeProvider.System.GetTimestamp();
        StoreHealth health;
        while (!(health = await store.CheckHealthAsync()).Healthy)
        {
            if (TimeProvider.System.GetElapsedTime(started) > limit)
            {
                throw new TimeoutException($"The Neo4j container did not come online: {health.Description}");
            }

            await Task.Delay(TimeSpan.FromSeconds(1));
        }
    }

    private static Dictionary<string, string?> Settings(Uri uri, string? user, string? password, string database) => new()
    {
        ["Graph:Neo4j:Uri"] = uri.ToString(),
        ["Graph:Neo4j:Database"] = database,
        ["Graph:Neo4j:User"] = user,
        ["Graph:Neo4j:Password"] = password,
        ["Graph:Neo4j:RequestTimeout"] = "00:01:00",
    };
}
