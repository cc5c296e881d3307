using KnowledgeGraph.Domain.Storage;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KnowledgeGraph.Api.Observability;

/// <summary>
/// OpenTelemetry traces and metrics for HTTP requests and ingestion. Exported over OTLP only when
/// <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, so a developer machine without a collector pays nothing and logs no
/// export errors; the in-process instruments still run, which is what the tests observe.
/// </summary>
internal static class ObservabilityRegistration
{
    public const string ServiceName = "knowledge-graph";

    public static WebApplicationBuilder AddObservability(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IngestionTelemetry>();
        builder.Services.AddStoreCallMetrics();
        var otel = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddSource(IngestionTelemetry.Name))
            .WithMetrics(metrics => metrics
                .AddAspNetCoreInstrumentation()
                .AddMeter(IngestionTelemetry.Name)
                .AddMeter(StoreCallMetrics.MeterName));

        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
        {
            // Endpoint, protocol and headers come from the standard OTEL_EXPORTER_OTLP_* variables.
            otel.UseOtlpExporter();
        }

        return builder;
    }

    /// <summary>Wraps the registered store (call after AddGraphStore) so every round trip is counted.</summary>
    private static void AddStoreCallMetrics(this IServiceCollection services)
    {
        services.AddSingleton<StoreCallMetrics>();
        for (var i = 0; i < services.Count; i++)
        {
            var original = services[i];
            if (original.ServiceType != typeof(IGraphStore) || original.IsKeyedService)
            {
                continue;
            }

            services[i] = ServiceDescriptor.Describe(
                typeof(IGraphStore),
                sp => new MeteredGraphStore(Create(sp, original), sp.GetRequiredService<StoreCallMetrics>()),
                original.Lifetime);
        }
    }

    private static IGraphStore Create(IServiceProvider services, ServiceDescriptor original) =>
        (IGraphStore)(original.ImplementationInstance
            ?? original.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, original.ImplementationType!));
}
