using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Api.Hosting;

internal static class GraphStoreRegistration
{
    /// <summary>Registers the store named by <c>Graph:Store</c> (Sqlite by default, or Neo4j) as the one <c>IGraphStore</c>.</summary>
    public static WebApplicationBuilder AddGraphStore(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GraphOptions>()
            .BindConfiguration(GraphOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // The choice decides which services exist, so it is read now rather than through IOptions later.
        var store = builder.Configuration.GetValue($"{GraphOptions.Section}:{nameof(GraphOptions.Store)}", GraphStoreKind.Sqlite);
        switch (store)
        {
            case GraphStoreKind.Neo4j:
                builder.Services.AddNeo4jGraphStore();
                break;
            default:
                builder.Services.AddSqliteGraphStore();
                break;
        }

        return builder;
    }
}
