using Microsoft.Extensions.FileProviders;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>
/// GraphiQL for browsers at /graphql. Its assets (graphiql, react, react-dom UMD builds) are copied from npm into
/// wwwroot/graphiql at build time by ClientApp (see docs/graphql.md), so the page works without internet.
/// </summary>
internal sealed class GraphiQLPage(IWebHostEnvironment environment)
{
    public const string AssetsPath = "/graphiql";

    public string AssetsDirectory { get; } = Path.Combine(environment.ContentRootPath, "wwwroot", "graphiql");

    public async Task WriteAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var index = Path.Combine(AssetsDirectory, "index.html");
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.CacheControl = "no-cache";
        if (File.Exists(index))
        {
            await http.Response.SendFileAsync(index, cancellationToken);
            return;
        }

        http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        await http.Response.WriteAsync(
            "<!doctype html><meta charset=\"utf-8\"><title>GraphiQL not built</title>"
            + "<p>The GraphiQL assets are missing. Build the API project (it runs <code>npm ci</code> in "
            + "src/KnowledgeGraph.Api/ClientApp) and restart. POST queries to <code>/graphql</code> work meanwhile.</p>",
            cancellationToken);
    }

    public IFileProvider? Assets() => Directory.Exists(AssetsDirectory) ? new PhysicalFileProvider(AssetsDirectory) : null;
}
