namespace KnowledgeGraph.Storage.Neo4j.QueryApi;

/// <summary>An error reported by Neo4j (status code such as Neo.ClientError.Statement.SyntaxError) or by the HTTP layer in front of it.</summary>
public abstract class Neo4jException(string code, string message, Exception? inner = null)
    : Exception($"{code}: {message}", inner)
{
    /// <summary>Neo4j status code, or Http.{status} when the response carried none.</summary>
    public string Code { get; } = code;
}

/// <summary>Neo.ClientError.*: the request is wrong (syntax, constraint, auth); retrying the same request cannot help.</summary>
public sealed class Neo4jClientException(string code, string message) : Neo4jException(code, message);

/// <summary>Neo.TransientError.* (and NotALeader): the database cannot serve the request right now; it is retried.</summary>
public sealed class Neo4jTransientException(string code, string message) : Neo4jException(code, message);

/// <summary>Neo.DatabaseError.*: the database failed to serve the request; not retried, as the official drivers do.</summary>
public sealed class Neo4jDatabaseException(string code, string message) : Neo4jException(code, message);

/// <summary>HTTP 5xx/429 without a Neo4j error body (proxy, load balancer, restarting server); it is retried.</summary>
public sealed class Neo4jUnavailableException(int status, string message) : Neo4jException($"Http.{status}", message)
{
    public int StatusCode { get; } = status;
}
