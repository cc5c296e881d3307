namespace KnowledgeGraph.Api.Hosting;

internal static class DefaultUrls
{
    public const string Loopback = "http://127.0.0.1:5000";

    /// <summary>
    /// Listens on loopback only unless told otherwise (urls / ASPNETCORE_URLS / --urls): a planner's laptop
    /// should not expose the ingest mutation to the network by accident.
    /// </summary>
    public static WebApplicationBuilder UseDefaultUrls(this WebApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration[WebHostDefaults.ServerUrlsKey])
            && string.IsNullOrWhiteSpace(builder.Configuration["http_ports"])
            && string.IsNullOrWhiteSpace(builder.Configuration["https_ports"]))
        {
            builder.WebHost.UseUrls(Loopback);
        }

        return builder;
    }
}
