namespace KnowledgeGraph.Api.GraphQL.Bi;

internal static class BiServiceCollectionExtensions
{
    public static IServiceCollection AddBiTables(this IServiceCollection services)
    {
        // Scoped: it holds nothing, and it works whatever lifetime the configured store has.
        services.AddScoped<BiTableService>();
        return services;
    }
}
