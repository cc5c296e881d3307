using KnowledgeGraph.Domain.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Bench;

/// <summary>A store built by its own DI wiring (the same registration the host uses), owning that container.</summary>
internal sealed class StoreHandle(IGraphStore store, ServiceProvider owner) : IAsyncDisposable
{
    public IGraphStore Store { get; } = store;

    /// <summary>
    /// The service's own environment overrides (Graph__Sqlite__WriteCacheMegabytes=16 …) apply here too, so one setting
    /// can be measured in the in-process figures and in the service process alike; the bench's own settings (the file
    /// paths) win.
    /// </summary>
    public static IConfiguration Configuration(IReadOnlyDictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(settings).Build();

    public static StoreHandle Build(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection> register)
    {
        var configuration = Configuration(settings);
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        register(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return new StoreHandle(provider.GetRequiredService<IGraphStore>(), provider);
    }

    public ValueTask DisposeAsync() => owner.DisposeAsync();
}
