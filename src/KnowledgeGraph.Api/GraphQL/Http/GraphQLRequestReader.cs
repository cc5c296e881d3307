using System.Text.Json;
using Microsoft.Net.Http.Headers;

namespace KnowledgeGraph.Api.GraphQL.Http;

/// <summary>Reads GET query strings and POST application/json bodies into a <see cref="GraphQLHttpRequest"/> or a rejection.</summary>
internal static class GraphQLRequestReader
{
    private static readonly JsonDocumentOptions JsonOptions = new() { MaxDepth = 64 };

    public static RequestOutcome FromQueryString(IQueryCollection query)
    {
        foreach (var key in new[] { "query", "operationName", "variables", "extensions" })
        {
            if (query[key].Count > 1)
            {
                return Reject(StatusCodes.Status400BadRequest, $"The `{key}` parameter is given more than once.");
            }
        }

        var text = query["query"].ToString();
        if (string.IsNullOrEmpty(text))
        {
            return Reject(StatusCodes.Status400BadRequest, "The `query` parameter is required.");
        }

        var operationName = query["operationName"].ToString();
        if (!TryParseMap(query["variables"].ToString(), "variables", out var variables, out var variablesError))
        {
            return Reject(StatusCodes.Status400BadRequest, variablesError);
        }

        if (!TryParseMap(query["extensions"].ToString(), "extensions", out var extensions, out var extensionsError))
        {
            return Reject(StatusCodes.Status400BadRequest, extensionsError);
        }

        return new RequestOutcome(new GraphQLHttpRequest(text, operationName.Length == 0 ? null : operationName, variables, extensions), null);
    }

    public static async Task<RequestOutcome> FromBodyAsync(HttpRequest http, long maxBytes, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(http.ContentType))
        {
            return Reject(StatusCodes.Status415UnsupportedMediaType, "A Content-Type header is required; send application/json.");
        }

        if (!MediaTypeHeaderValue.TryParse(http.ContentType, out var contentType)
            || !string.Equals(contentType.MediaType.Value, GraphQLMediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return Reject(StatusCodes.Status415UnsupportedMediaType, $"Unsupported Content-Type '{http.ContentType}'; send application/json.");
        }

        var charset = contentType.Charset.Value;
        if (charset is not null && !string.Equals(charset.Trim('"'), "utf-8", StringComparison.OrdinalIgnoreCase)
            && !string.Equals(charset.Trim('"'), "utf8", StringComparison.OrdinalIgnoreCase))
        {
            return Reject(StatusCodes.Status415UnsupportedMediaType, $"Unsupported charset '{charset}'; send UTF-8.");
        }

        if (http.ContentLength > maxBytes)
        {
            return Reject(StatusCodes.Status413PayloadTooLarge, $"The request body exceeds {maxBytes} bytes (GraphQL:MaxRequestBytes).");
        }

        var body = await ReadBoundedAsync(http.Body, maxBytes, cancellationToken);
        if (body is null)
        {
            return Reject(StatusCodes.Status413PayloadTooLarge, $"The request body exceeds {maxBytes} bytes (GraphQL:MaxRequestBytes).");
        }

        if (body.Length == 0)
        {
            return Reject(StatusCodes.Status400BadRequest, "A POST request needs a JSON body: {\"query\": \"…\"}.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, JsonOptions);
        }
        catch (JsonException ex)
        {
            return Reject(StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {ex.Message}");
        }

        using (document)
        {
            return FromJson(document.RootElement);
        }
    }

    private static RequestOutcome FromJson(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Reject(StatusCodes.Status400BadRequest, "The request body must be a JSON object: {\"query\": \"…\"}.");
        }

        string? query = null;
        string? operationName = null;
        JsonElement? variables = null;
        JsonElement? extensions = null;
        foreach (var property in root.EnumerateObject())
        {
            var value = property.Value;
            switch (property.Name)
            {
                case "query" when value.ValueKind == JsonValueKind.String:
                    query = value.GetString();
                    break;
                case "query":
                    return Reject(StatusCodes.Status400BadRequest, "`query` must be a string holding the GraphQL document.");
                case "operationName" when value.ValueKind is JsonValueKind.String or JsonValueKind.Null:
                    operationName = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
                    break;
                case "operationName":
                    return Reject(StatusCodes.Status400BadRequest, "`operationName` must be a string or null.");
                case "variables" when value.ValueKind is JsonValueKind.Object or JsonValueKind.Null:
                    variables = value.ValueKind == JsonValueKind.Object ? value.Clone() : null;
                    break;
                case "variables":
                    return Reject(StatusCodes.Status400BadRequest, "`variables` must be a JSON object or null.");
                case "extensions" when value.ValueKind is JsonValueKind.Object or JsonValueKind.Null:
                    extensions = value.ValueKind == JsonValueKind.Object ? value.Clone() : null;
                    break;
                case "extensions":
                    return Reject(StatusCodes.Status400BadRequest, "`extensions` must be a JSON object or null.");
                default:
                    break;
            }
        }

        return query is null
            ? Reject(StatusCodes.Status400BadRequest, "The request has no `query` string.")
            : new RequestOutcome(new GraphQLHttpRequest(query, operationName, variables, extensions), null);
    }

    private static bool TryParseMap(string text, string name, out JsonElement? map, out string error)
    {
        map = null;
        error = string.Empty;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        try
        {
            using var document = JsonDocument.Parse(text, JsonOptions);
            if (document.RootElement.ValueKind == JsonValueKind.Null)
            {
                return true;
            }

            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                error = $"`{name}` must be a URL-encoded JSON object.";
                return false;
            }

            map = document.RootElement.Clone();
            return true;
        }
        catch (JsonException ex)
        {
            error = $"`{name}` is not valid JSON: {ex.Message}";
            return false;
        }
    }

    private static async Task<byte[]?> ReadBoundedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static RequestOutcome Reject(int status, string message) => new(null, new RequestRejection(status, message));
}

internal sealed record RequestOutcome(GraphQLHttpRequest? Request, RequestRejection? Rejection);
