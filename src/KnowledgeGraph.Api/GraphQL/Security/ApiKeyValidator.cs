using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.GraphQL.Security;

/// <summary>
/// Checks the <c>X-Api-Key</c> header. Keys are compared as SHA-256 digests with a fixed-time comparison against
/// every configured key, so neither the content nor the length of a key leaks through timing. Keys are never logged.
/// </summary>
internal sealed class ApiKeyValidator
{
    private readonly byte[][] digests;

    public ApiKeyValidator(IOptions<ApiKeyOptions> options)
    {
        digests = [.. options.Value.Keys.Where(k => !string.IsNullOrWhiteSpace(k)).Select(Digest)];
        RequireKeyForQueries = options.Value.RequireKeyForQueries;
    }

    public bool HasKeys => digests.Length > 0;

    public bool RequireKeyForQueries { get; }

    public bool IsValid(string? presented)
    {
        if (string.IsNullOrEmpty(presented) || digests.Length == 0)
        {
            return false;
        }

        var candidate = Digest(presented);
        var match = false;
        foreach (var digest in digests)
        {
            match |= CryptographicOperations.FixedTimeEquals(candidate, digest);
        }

        return match;
    }

    private static byte[] Digest(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
