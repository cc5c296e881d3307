using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>Response media type negotiation per GraphQL over HTTP.</summary>
internal static class GraphQLMediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// application/graphql-response+json when the client lists it (GraphiQL and modern clients do), application/json
    /// when it asks for that or states no preference (no Accept, */*, application/*) as the spec and its audit
    /// expect for legacy clients; null when nothing acceptable is offered (→ 406).
    /// </summary>
    public static string? Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept) || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return Json;
        }

        string? best = null;
        var bestQuality = 0.0;
        var bestExplicit = false;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1.0;
            if (quality <= 0)
            {
                continue;
            }

            var type = range.MediaType.Value;
            string? candidate = type switch
            {
                _ when Is(type, GraphQLResponse) => GraphQLResponse,
                _ when Is(type, Json) => Json,
                _ when Is(type, "application/*") || Is(type, "*/*") => Json,
                _ => null,
            };
            if (candidate is null)
            {
                continue;
            }

            var isExplicit = !type!.Contains('*', StringComparison.Ordinal);
            if (quality > bestQuality || (quality.Equals(bestQuality) && isExplicit && !bestExplicit))
            {
                (best, bestQuality, bestExplicit) = (candidate, quality, isExplicit);
            }
        }

        return best;
    }

    /// <summary>True when a browser asks for a page (text/html listed explicitly), not an API client.</summary>
    public static bool WantsHtml(StringValues accept) =>
        MediaTypeHeaderValue.TryParseList(accept, out var ranges)
        && ranges.Any(r => Is(r.MediaType.Value, "text/html") && (r.Quality ?? 1.0) > 0);

    private static bool Is(string? actual, string expected) => string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase);
}
