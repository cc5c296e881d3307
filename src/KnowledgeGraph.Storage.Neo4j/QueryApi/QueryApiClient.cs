using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Registry;

namespace KnowledgeGraph.Storage.Neo4j.QueryApi;

/// <summary>
/// A small typed client for Neo4j's HTTP Query API (POST /db/{database}/query/v2, Neo4j 5.19+ and Aura): one statement
/// per request, run by the server in one implicit transaction. Internal so the official driver can replace it later.
/// Every call goes through the one resilience pipeline (<see cref="Neo4jResilience"/>); nothing below it retries.
/// </summary>
internal sealed class QueryApiClient
{
    public const string HttpClientName = "KnowledgeGraph.Neo4j";

    private readonly IHttpClientFactory httpClientFactory;
    private readonly ResiliencePipeline pipeline;
    private readonly Uri endpoint;
    private readonly AuthenticationHeaderValue? authorization;
    private readonly TimeSpan healthTimeout;

    // Latest bookmarks, sent with every request so a read after a write sees it on any cluster member (causal consistency).
    private volatile string[] bookmarks = [];

    public QueryApiClient(IHttpClientFactory httpClientFactory, IOptions<Neo4jOptions> options, ResiliencePipelineProvider<string> pipelines)
    {
        var o = options.Value;
        this.httpClientFactory = httpClientFactory;
        pipeline = pipelines.GetPipeline(Neo4jResilience.PipelineKey);
        endpoint = QueryEndpoint.For(o.Uri!, o.Database);
        healthTimeout = o.HealthTimeout;
        authorization = !string.IsNullOrEmpty(o.Token)
            ? new AuthenticationHeaderValue("Bearer", o.Token)
            : !string.IsNullOrEmpty(o.User)
                ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{o.User}:{o.Password}")))
                : null;
    }

    public Uri Endpoint => endpoint;

    /// <summary>Runs one statement with retry, circuit breaker and per-attempt timeout.</summary>
    public async Task<QueryResult> RunAsync(
        string statement,
        IReadOnlyDictionary<string, object?>? parameters = null,
        AccessMode mode = AccessMode.Write,
        CancellationToken cancellationToken = default)
    {
        var body = Serialize(statement, parameters, mode);
        return await pipeline.ExecuteAsync(
            static async (state, ct) => await state.client.SendAsync(state.body, ct).ConfigureAwait(false),
            (client: this, body),
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>One attempt, bounded by the health timeout and outside the pipeline, so probes neither retry nor trip the breaker.</summary>
    public async Task<QueryResult> ProbeAsync(string statement, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(healthTimeout);
        try
        {
            return await SendAsync(Serialize(statement, null, AccessMode.Read), timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"Neo4j did not answer within {healthTimeout.TotalSeconds:0.#} s.");
        }
    }

    private byte[] Serialize(string statement, IReadOnlyDictionary<string, object?>? parameters, AccessMode mode)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("statement", statement);
            if (parameters is { Count: > 0 })
            {
                writer.WriteStartObject("parameters");
                foreach (var (name, value) in parameters)
                {
                    writer.WritePropertyName(name);
                    TypedJson.Write(writer, value);
                }

                writer.WriteEndObject();
            }

            writer.WriteString("accessMode", mode == AccessMode.Read ? "READ" : "WRITE");
            var known = bookmarks;
            if (known.Length > 0)
            {
                writer.WriteStartArray("bookmarks");
                foreach (var bookmark in known)
                {
                    writer.WriteStringValue(bookmark);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }

    private async Task<QueryResult> SendAsync(byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(TypedJson.MediaType);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(TypedJson.MediaType));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json", 0.9));
        request.Headers.Authorization = authorization;

        var http = httpClientFactory.CreateClient(HttpClientName);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var content = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var document = TryParse(content);
        using (document)
        {
            if (document is not null && document.RootElement.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                throw Neo4jErrors.FromCode(
                    first.TryGetProperty("code", out var code) ? code.GetString() ?? "Neo.DatabaseError.General.UnknownError" : "Neo.DatabaseError.General.UnknownError",
                    first.TryGetProperty("message", out var message) ? message.GetString() ?? string.Empty : string.Empty);
            }

            if (!response.IsSuccessStatusCode || document is null)
            {
                throw Neo4jErrors.FromStatus(response.StatusCode, Encoding.UTF8.GetString(content));
            }

            return ReadResult(document.RootElement);
        }
    }

    private QueryResult ReadResult(JsonElement root)
    {
        var fields = new List<string>();
        var rows = new List<object?[]>();
        if (root.TryGetProperty("data", out var data))
        {
            fields.AddRange(data.GetProperty("fields").EnumerateArray().Select(f => f.GetString()!));
            rows.AddRange(data.GetProperty("values").EnumerateArray().Select(row => row.EnumerateArray().Select(TypedJson.Read).ToArray()));
        }

        string[] received = root.TryGetProperty("bookmarks", out var b) && b.ValueKind == JsonValueKind.Array
            ? [.. b.EnumerateArray().Select(x => x.GetString()!)]
            : [];
        if (received.Length > 0)
        {
            bookmarks = received;
        }

        return new QueryResult(fields, rows, received);
    }

    private static JsonDocument? TryParse(byte[] content)
    {
        if (content.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonDocument.Parse(content);
        }
        catch (JsonException)
        {
            return null; // an HTML error page from a proxy: the status code tells what happened
        }
    }
}
