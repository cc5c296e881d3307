using GraphQL;
using KnowledgeGraph.Api.GraphQL.DataLoading;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Api.GraphQL;

internal static class ResolveContextExtensions
{
    public static GraphLoaders Loaders(this IResolveFieldContext context) => context.Service<GraphLoaders>();

    public static Gazetteer Gazetteer(this IResolveFieldContext context) => context.Service<Gazetteer>();

    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        (context.RequestServices ?? throw new InvalidOperationException("GraphQL executed without request services.")).GetRequiredService<T>();
}
