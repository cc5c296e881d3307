using KnowledgeGraph.Domain.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

internal static class StoreDecoration
{
    /// <summary>Wraps the real registered IGraphStore; the decorator is also resolvable by its own type.</summary>
    public static void Decorate<TDecorator>(IServiceCollection services, Func<IGraphStore, TDecorator> decorate)
        where TDecorator : class, IGraphStore
    {
        var real = services.Last(d => d.ServiceType == typeof(IGraphStore));
        services.Remove(real);
        services.AddSingleton(sp => decorate(Create(sp, real)));
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<TDecorator>());
    }

    private static IGraphStore Create(IServiceProvider services, ServiceDescriptor real) =>
        (IGraphStore)(real.ImplementationInstance
            ?? real.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, real.ImplementationType!));
}
