namespace KnowledgeGraph.Api.Ingestion;

internal static class IngestionRegistration
{
    public static WebApplicationBuilder AddIngestion(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<IngestionOptions>()
            .BindConfiguration(IngestionOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<BulletinDecoder>();
        builder.Services.AddScoped<BulletinIngestionPipeline>();
        if (builder.Configuration.GetValue($"{IngestionOptions.Section}:{nameof(IngestionOptions.Enabled)}", true))
        {
            builder.Services.AddHostedService<IngestionWorker>();
        }

        return builder;
    }
}
