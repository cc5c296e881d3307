using KnowledgeGraph.Domain.Caching;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>HTTP's own words for "compute it afresh": <c>Cache-Control: no-cache</c> or <c>no-store</c>, or the older <c>Pragma: no-cache</c>.</summary>
internal static class RequestCachePolicy
{
    public static CachePolicy Of(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        if (CacheControlHeaderValue.TryParse(headers.CacheControl.ToString(), out var control) && (control.NoCache || control.NoStore))
        {
            return CachePolicy.Bypass;
        }

        return headers.Pragma.ToString().Contains("no-cache", StringComparison.OrdinalIgnoreCase) ? CachePolicy.Bypass : CachePolicy.Use;
    }
}
