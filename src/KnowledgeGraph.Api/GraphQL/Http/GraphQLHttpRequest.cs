using System.Text.Json;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>A well-formed GraphQL-over-HTTP request. JSON members are cloned, so they outlive the parsed body.</summary>
internal sealed record GraphQLHttpRequest(string Query, string? OperationName, JsonElement? Variables, JsonElement? Extensions);

/// <summary>Why a request was refused before execution, with the HTTP status to send.</summary>
internal sealed record RequestRejection(int StatusCode, string Message)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
}
