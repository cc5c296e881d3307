using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Neo4j.QueryApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Polly;

namespace KnowledgeGraph.Storage.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IGraphStore"/> as Neo4j over the HTTP Query API, configured from <c>Graph:Neo4j</c>
    /// (validated at start), with the one resilience pipeline every Neo4j call runs through.
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services)
    {
        services.AddOptions<Neo4jOptions>().BindConfiguration(Neo4jOptions.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<Neo4jOptions>, Neo4jOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);

        // Timeouts belong to the pipeline (per attempt), not to HttpClient.
        services.AddHttpClient(QueryApiClient.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan);
        services.AddResiliencePipeline(Neo4jResilience.PipelineKey, (builder, context) =>
        {
            var logger = context.ServiceProvider.GetService<ILoggerFactory>()?.CreateLogger("KnowledgeGraph.Storage.Neo4j.Resilience")
                ?? NullLogger.Instance;
            Neo4jResilience.Configure(builder, context.ServiceProvider.GetRequiredService<IOptions<Neo4jOptions>>().Value, logger);
        });

        services.TryAddSingleton<QueryApiClient>();
        services.TryAddSingleton<Neo4jGraphStore>();
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        return services;
    }
}
