using Microsoft.Extensions.FileProviders;

namespace KnowledgeGraph.Api.ChainMap;

/// <summary>Serves the planner's page (wwwroot/map): plain HTML/CSS/JS that reads everything from the GraphQL endpoint.</summary>
public static class ChainMapPageEndpoints
{
    public const string Path = "/map";

    public static WebApplication MapChainMapPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var files = new PhysicalFileProvider(System.IO.Path.Combine(app.Environment.WebRootPath ?? System.IO.Path.Combine(app.Environment.ContentRootPath, "wwwroot"), "map"));
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = Path });
        IResult Index() => Results.File(files.GetFileInfo("index.html").CreateReadStream(), "text/html; charset=utf-8");
        app.MapGet(Path, Index).ExcludeFromDescription();
        return app;
    }
}
