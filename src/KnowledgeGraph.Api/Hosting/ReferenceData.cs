using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Prepares the store before anything reads or writes it: schema first, then the chain catalogue as reference
/// data. Runs as the first hosted service, so the ingestion worker starts against a ready store.
/// </summary>
internal sealed partial class ReferenceData(IGraphStore store, ChainCatalogue catalogue, StoreReadiness readiness, ILogger<ReferenceData> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken);
        var (entities, relations) = catalogue.ToGraph();
        await store.UpsertReferenceAsync(entities, relations, cancellationToken);
        LogCatalogue(catalogue.Chains.Count, entities.Count, relations.Count);
        readiness.MarkReady();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Store ready; catalogue upserted: {Chains} chains, {Entities} nodes, {Relations} edges")]
    private partial void LogCatalogue(int chains, int entities, int relations);
}

internal static class ReferenceDataRegistration
{
    public static WebApplicationBuilder AddReferenceData(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton(ChainCatalogue.Default);
        builder.Services.AddSingleton(KnowledgeGraph.Domain.Regions.Gazetteer.Default);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<StoreReadiness>();
        builder.Services.AddHostedService<ReferenceData>();
        return builder;
    }
}

/// <summary>Set once the schema and catalogue are in place; /health/ready stays unhealthy until then.</summary>
internal sealed class StoreReadiness
{
    private volatile bool ready;

    public bool IsReady => ready;

    public void MarkReady() => ready = true;
}
