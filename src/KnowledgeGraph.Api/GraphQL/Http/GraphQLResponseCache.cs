using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>
/// Whole answers to queries, kept under the store's graph version: the graph only changes when a bulletin commits,
/// while planners and BI dashboards send the same documents again and again. A hit skips parsing, validation and
/// execution. Only error-free query answers are kept; mutations never are; a client's <c>Cache-Control: no-cache</c>
/// bypasses it; a store that cannot tell its version (Neo4j) turns it off.
/// </summary>
internal sealed class GraphQLResponseCache : IDisposable
{
    private readonly MemoryCache? cache;

    public GraphQLResponseCache(IOptions<GraphQLApiOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var megabytes = options.Value.ResponseCacheMegabytes;
        cache = megabytes > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = megabytes * 1024L * 1024 }) : null;
    }

    public bool Enabled => cache is not null;

    /// <summary>Everything the answer depends on besides the graph: media type, document, operation, variables, extensions.</summary>
    public static string KeyOf(string mediaType, GraphQLHttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = string.Join(
            '\u0000',
            mediaType,
            request.Query,
            request.OperationName ?? string.Empty,
            request.Variables?.GetRawText() ?? string.Empty,
            request.Extensions?.GetRawText() ?? string.Empty);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    public CachedAnswer? Find(string key, long version) =>
        cache is not null && cache.TryGetValue(key, out CachedAnswer? answer) && answer!.Version == version ? answer : null;

    public CachedAnswer? Store(string key, long version, byte[] body)
    {
        if (cache is null)
        {
            return null;
        }

        var answer = new CachedAnswer(version, body, $"\"{version:x}-{key[..16]}\"");
        cache.Set(key, answer, new MemoryCacheEntryOptions { Size = body.Length + key.Length });
        return answer;
    }

    public void Dispose() => cache?.Dispose();
}

/// <summary>A serialised answer and the entity tag that names it (graph version + request key).</summary>
internal sealed record CachedAnswer(long Version, byte[] Body, string ETag);
