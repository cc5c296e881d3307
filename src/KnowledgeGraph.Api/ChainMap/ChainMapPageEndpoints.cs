using Microsoft.Extensions.FileProviders;

namespace KnowledgeGraph.Api.ChainMap;

/// <summary>Serves the planner's page (wwwroot/map): plain HTML/CSS/JS that reads everything from the GraphQL endpoint.</summary>
public static partial class ChainMapPageEndpoints
{
    public const string Path = "/map";

    public static WebApplication MapChainMapPage(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var root = System.IO.Path.Combine(app.Environment.WebRootPath ?? System.IO.Path.Combine(app.Environment.ContentRootPath, "wwwroot"), "map");
        if (!Directory.Exists(root))
        {
            // Started from a folder without the page (the build output rather than the project or a publish folder):
            // the API still serves; only /map says what is missing, instead of the host failing to start.
            LogPageMissing(app.Logger, root);
            var detail = $"The planner's page is not in this build: {root} does not exist. Start the service with "
                + "`dotnet run --project src/KnowledgeGraph.Api`, or from a `dotnet publish` folder.";
            app.MapGet(Path, () => Results.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Page not installed"))
                .ExcludeFromDescription();
            return app;
        }

        var files = new PhysicalFileProvider(root);
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, RequestPath = Path });
        IResult Index() => Results.File(files.GetFileInfo("index.html").CreateReadStream(), "text/html; charset=utf-8");
        app.MapGet(Path, Index).ExcludeFromDescription();
        return app;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The planner's page is not installed ({Root} does not exist); /map answers 404 and the API serves as usual.")]
    private static partial void LogPageMissing(ILogger logger, string root);
}
