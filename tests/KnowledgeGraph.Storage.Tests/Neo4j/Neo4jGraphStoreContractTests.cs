using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Tests.Contract;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>
/// The whole store contract against a real Neo4j: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE), or a
/// neo4j:5 container where Docker is available. Without either, every test is reported skipped with the reason,
/// never passed. Each test starts on an emptied database (reset-all.cypher) with the schema in place.
/// </summary>
public sealed class Neo4jGraphStoreContractTests : GraphStoreContract, IAsyncLifetime
{
    private readonly List<IAsyncDisposable> scope = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var disposable in scope)
        {
            await disposable.DisposeAsync();
        }
    }

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var server = await Neo4jTestServer.SharedAsync();
        return await server.CreateStoreAsync(scope);
    }
}
