using System.Text.Json;

namespace KnowledgeGraph.Api.Hosting.Protection;

/// <summary>
/// Errors produced outside GraphQL execution (rate limit, unhandled exception) in the GraphQL response shape, so a
/// client has one error format to handle; never a stack trace, only a code and a trace id to quote to an operator.
/// </summary>
internal static class GraphQLErrorBody
{
    public static async Task WriteAsync(HttpContext http, int status, string code, string message, CancellationToken cancellationToken, int? retryAfterSeconds = null)
    {
        if (http.Response.HasStarted)
        {
            return;
        }

        http.Response.Clear();
        http.Response.StatusCode = status;
        if (retryAfterSeconds is { } seconds)
        {
            http.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        http.Response.ContentType = "application/json; charset=utf-8";
        var body = new
        {
            errors = new[]
            {
                new { message, extensions = new { code, traceId = http.TraceIdentifier } },
            },
        };
        await JsonSerializer.SerializeAsync(http.Response.Body, body, cancellationToken: cancellationToken);
    }
}
