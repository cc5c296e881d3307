using System.Net;

namespace KnowledgeGraph.Storage.Neo4j.QueryApi;

/// <summary>Maps Query API failures to the exception types the resilience pipeline tells apart.</summary>
internal static class Neo4jErrors
{
    public static Neo4jException FromCode(string code, string message) => code switch
    {
        // A write reached a follower during a leader switch: the drivers retry this one.
        "Neo.ClientError.Cluster.NotALeader" => new Neo4jTransientException(code, message),
        _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => new Neo4jTransientException(code, message),
        _ when code.StartsWith("Neo.DatabaseError.", StringComparison.Ordinal) => new Neo4jDatabaseException(code, message),
        _ => new Neo4jClientException(code, message),
    };

    public static Neo4jException FromStatus(HttpStatusCode status, string? body)
    {
        var code = (int)status;
        var detail = string.IsNullOrWhiteSpace(body) ? status.ToString() : Truncate(body);
        return code switch
        {
            >= 500 or 429 or 408 => new Neo4jUnavailableException(code, detail),
            401 => new Neo4jClientException("Neo.ClientError.Security.Unauthorized", detail),
            403 => new Neo4jClientException("Neo.ClientError.Security.Forbidden", detail),
            _ => new Neo4jClientException($"Http.{code}", detail),
        };
    }

    private static string Truncate(string text) => text.Length <= 500 ? text : text[..500] + "…";
}
