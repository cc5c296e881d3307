using GraphQL;
using KnowledgeGraph.Api.GraphQL.DataLoading;
using KnowledgeGraph.Domain.Caching;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Api.GraphQL;

internal static class ResolveContextExtensions
{
    public static GraphLoaders Loaders(this IResolveFieldContext context) => context.Service<GraphLoaders>();

    public static Gazetteer Gazetteer(this IResolveFieldContext context) => context.Service<Gazetteer>();

    /// <summary>Bypass when the client sent <c>Cache-Control: no-cache</c>: answers are then computed from the store.</summary>
    public static CachePolicy CachePolicy(this IResolveFieldContext context) => GraphQLUserContext.CachePolicyOf(context.UserContext);

    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull =>
        (context.RequestServices ?? throw new InvalidOperationException("GraphQL executed without request services.")).GetRequiredService<T>();
}
