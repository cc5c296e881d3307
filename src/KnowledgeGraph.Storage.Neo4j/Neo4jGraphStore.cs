using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Neo4j.Cypher;
using KnowledgeGraph.Storage.Neo4j.QueryApi;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// The production graph store: Neo4j through its HTTP Query API. Every statement comes from cypher/*.cypher; this
/// class only chooses the statement, shapes the parameters and maps the rows. Writes are batched UNWIND … MERGE.
/// </summary>
internal sealed partial class Neo4jGraphStore(
    QueryApiClient client,
    IOptions<Neo4jOptions> options,
    TimeProvider time,
    ILogger<Neo4jGraphStore> logger) : IGraphStore
{
    private readonly CypherStatements cypher = CypherStatements.Embedded;

    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var schema = cypher.All("schema");
        foreach (var statement in schema)
        {
            await client.RunAsync(statement, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        await client.RunAsync(cypher["await-indexes"], cancellationToken: cancellationToken).ConfigureAwait(false);
        Log.SchemaReady(logger, client.Endpoint, schema.Count);
    }

    public async Task<StoreHealth> CheckHealthAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await client.ProbeAsync(cypher["health"], cancellationToken).ConfigureAwait(false);
            return new StoreHealth(true, $"Neo4j answers at {client.Endpoint}.");
        }
#pragma warning disable CA1031 // a health probe reports every failure instead of throwing
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new StoreHealth(false, $"Neo4j at {client.Endpoint} is unreachable: {ex.Message}");
        }
    }

    private Task<QueryResult> ReadAsync(string name, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        client.RunAsync(cypher[name], parameters, AccessMode.Read, cancellationToken);

    private Task<QueryResult> WriteAsync(string name, Dictionary<string, object?> parameters, CancellationToken cancellationToken) =>
        client.RunAsync(cypher[name], parameters, AccessMode.Write, cancellationToken);
}
