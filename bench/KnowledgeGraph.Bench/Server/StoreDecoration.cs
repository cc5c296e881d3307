using KnowledgeGraph.Domain.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Bench.Server;

internal static class StoreDecoration
{
    /// <summary>Wraps whatever the host registered as <see cref="IGraphStore"/> in the counting decorator, keeping its lifetime.</summary>
    public static IServiceCollection DecorateGraphStoreWithCounter(this IServiceCollection services)
    {
        services.AddSingleton<RoundTripCounter>();
        for (var i = 0; i < services.Count; i++)
        {
            var original = services[i];
            if (original.ServiceType != typeof(IGraphStore) || original.IsKeyedService)
            {
                continue;
            }

            services[i] = ServiceDescriptor.Describe(
                typeof(IGraphStore),
                sp => new CountingGraphStore(Resolve(sp, original), sp.GetRequiredService<RoundTripCounter>()),
                original.Lifetime);
        }

        return services;
    }

    private static IGraphStore Resolve(IServiceProvider sp, ServiceDescriptor original) =>
        (IGraphStore)(original.ImplementationInstance
            ?? original.ImplementationFactory?.Invoke(sp)
            ?? ActivatorUtilities.CreateInstance(sp, original.ImplementationType!));
}
