namespace KnowledgeGraph.Api.GraphQL.Http;

internal static class GraphQLEndpoints
{
    public const string Path = "/graphql";

    /// <summary>The GraphQL endpoint, all methods (others get a 405 with a GraphQL error body).</summary>
    public static WebApplication MapGraphQL(this WebApplication app)
    {
        app.Map(Path, (HttpContext http, GraphQLHttpHandler handler) => handler.HandleAsync(http));
        return app;
    }

    /// <summary>Static GraphiQL assets under /graphiql; the page itself is served at /graphql to browsers.</summary>
    public static WebApplication MapGraphiQL(this WebApplication app)
    {
        var page = app.Services.GetRequiredService<GraphiQLPage>();
        if (page.Assets() is { } assets)
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = assets, RequestPath = GraphiQLPage.AssetsPath });
        }

        return app;
    }
}
