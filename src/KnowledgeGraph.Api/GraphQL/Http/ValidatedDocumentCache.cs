using GraphQLParser.AST;
using Microsoft.Extensions.Caching.Memory;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>
/// Parsed documents that passed validation once, by their text. BI tools and the chain-map page send the same few
/// documents with different variables; parsing and validating one again is a tenth of a computed chain map's CPU.
/// Validation depends only on the document and the schema (fixed for the process); what depends on the variables
/// (their coercion, and the complexity limit) still runs on every request. Bounded by document characters.
/// </summary>
internal sealed class ValidatedDocumentCache : IDisposable
{
    /// <summary>Longer documents are parsed each time: rare, and the cache stays small.</summary>
    public const int MaxDocumentLength = 8 * 1024;

    private const long CapacityCharacters = 2 * 1024 * 1024;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = CapacityCharacters });

    public GraphQLDocument? Find(string query) => cache.TryGetValue(query, out GraphQLDocument? document) ? document : null;

    /// <summary>Call only after the document was executed, that is, passed validation.</summary>
    public void Add(string query, GraphQLDocument document)
    {
        if (query.Length <= MaxDocumentLength)
        {
            using var entry = cache.CreateEntry(query);
            entry.Value = document;
            entry.Size = Math.Max(1, query.Length);
        }
    }

    public void Dispose() => cache.Dispose();
}
