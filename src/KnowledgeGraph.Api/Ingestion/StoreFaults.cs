using KnowledgeGraph.Storage.Neo4j.QueryApi;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>
/// Store failures that say "try again later" (a locked SQLite file, an unreachable or overloaded Neo4j) as opposed
/// to "this graph is bad". Transient ones are retried and leave the file for the next scan; the others fail the bulletin.
/// </summary>
internal static class StoreFaults
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    public static bool IsTransient(Exception exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        Neo4jTransientException or Neo4jUnavailableException => true,
        HttpRequestException or TimeoutException => true,
        _ => exception.InnerException is { } inner && IsTransient(inner),
    };
}
