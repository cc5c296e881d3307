using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Extraction.Decoding;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KnowledgeGraph.Api.Ingestion;

internal static class IngestionRegistration
{
    public static WebApplicationBuilder AddIngestion(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<IngestionOptions>()
            .BindConfiguration(IngestionOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddOptions<DecodingOptions>()
            .BindConfiguration($"{IngestionOptions.Section}:Decoding")
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<BulletinDecoder>();
        builder.Services.AddSingleton<RegionDenormaliser>();
        builder.Services.AddSingleton<IngestionHealth>();
        builder.Services.TryAddSingleton<ServingActivity>();
        builder.Services.AddSingleton<StoreWriteResilience>();
        builder.Services.AddHealthChecks().AddCheck<IngestionHealthCheck>("ingestion", tags: [HealthRegistration.ReadyTag]);
        builder.Services.AddScoped<BulletinIngestionPipeline>();
        if (builder.Configuration.GetValue($"{IngestionOptions.Section}:{nameof(IngestionOptions.Enabled)}", true))
        {
            builder.Services.AddHostedService<IngestionWorker>();
        }

        return builder;
    }
}
