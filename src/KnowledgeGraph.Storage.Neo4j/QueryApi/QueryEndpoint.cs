namespace KnowledgeGraph.Storage.Neo4j.QueryApi;

/// <summary>Where the Query API of a configured server and database lives.</summary>
internal static class QueryEndpoint
{
    /// <summary>
    /// {http(s) root}/db/{database}/query/v2. neo4j:// and bolt:// URIs name the Bolt connector; the Query API is on
    /// the same host's HTTP connector: 7474 for plain schemes, HTTPS on 443 for +s / +ssc (Aura serves both there).
    /// </summary>
    public static Uri For(Uri server, string database)
    {
        var root = server.Scheme.ToLowerInvariant() switch
        {
            "http" or "https" => new UriBuilder(server) { Path = server.AbsolutePath.TrimEnd('/') },
            "neo4j" or "bolt" => new UriBuilder(Uri.UriSchemeHttp, server.Host, 7474),
            _ => new UriBuilder(Uri.UriSchemeHttps, server.Host, 443),
        };
        root.Path = $"{root.Path.TrimEnd('/')}/db/{Uri.EscapeDataString(database)}/query/v2";
        root.Query = string.Empty;
        return root.Uri;
    }
}
