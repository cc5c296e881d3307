using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Bench.Server;

/// <summary>
/// The real API host (its own Program, services and GraphQL endpoint) on a loopback Kestrel port, with the bench
/// routes added; store round trips come from the service's own StoreCallMetrics.
/// </summary>
internal sealed class BenchServiceFactory(IReadOnlyDictionary<string, string> settings) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft", "Warning");

        // The load generator is one client by design; the per-client rate limiter would measure itself, not the service.
        builder.UseSetting("RateLimiting:Enabled", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, BenchEndpoints>());
    }
}
