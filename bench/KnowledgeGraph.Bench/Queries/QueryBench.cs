using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Bench.Http;
using KnowledgeGraph.Bench.Reporting;
using KnowledgeGraph.Bench.Server;

namespace KnowledgeGraph.Bench.Queries;

/// <summary>
/// GraphQL over HTTP against the running service: one probe per query (answer checked, store round trips counted),
/// then closed-loop load for latency percentiles and throughput; the transport ceiling is the bench's plain endpoint
/// serving the pre-serialised chain-map answer.
/// </summary>
internal sealed class QueryBench(BenchOptions options, ResultSink sink, HttpClient client, string graphQlPath, Func<double> serverCpuSeconds)
{
    public async Task RunAsync(string scale, IReadOnlyList<BenchQuery> queries, CancellationToken cancellationToken)
    {
        var runner = new LoadRunner(client, options.Concurrency, options.Warmup, options.Duration);
        byte[]? chainMapAnswer = null;
        LoadResult? chainMapLoad = null;
        foreach (var query in queries)
        {
            var probe = await ProbeAsync(query, cancellationToken).ConfigureAwait(false);
            if (probe.Error is not null)
            {
                sink.Skip($"{scale} {query.Name}", probe.Error);
                continue;
            }

            var trips = probe.RoundTrips.Values.Sum();
            sink.Add(new Figure(scale, "roundtrips", $"{query.Name} store round trips/request", trips, "calls")
            {
                Target = Target.AtMost(query.MaxRoundTrips),
                Note = $"{string.Join(", ", probe.RoundTrips.Select(p => $"{p.Key}×{p.Value}"))}; levels: {query.Levels}",
            });

            var body = query.Body();
            var cpu = serverCpuSeconds();
            var result = await runner.RunAsync(() => Post(body), cancellationToken).ConfigureAwait(false);
            Report(scale, query, result, probe.Answer.Length, serverCpuSeconds() - cpu);
            if (query.Name == QuerySet.ChainMap)
            {
                chainMapAnswer = probe.Answer;
                chainMapLoad = result;
            }
        }

        if (chainMapAnswer is not null && chainMapLoad is not null)
        {
            await PlainAsync(scale, runner, chainMapAnswer, chainMapLoad, cancellationToken).ConfigureAwait(false);
        }
    }

    private void Report(string scale, BenchQuery query, LoadResult result, int bytes, double cpuSeconds)
    {
        // Warm-up requests ran inside the CPU window too, so divide by all requests sent in it.
        var sent = result.Requests + result.WarmupRequests;
        sink.Add(new Figure(scale, "queries", $"{query.Name} service CPU per request", cpuSeconds * 1000 / Math.Max(1, sent), "ms")
        {
            Note = "CPU time of the service process ÷ requests: independent of other load on the machine; 2 cores serve at most 2000 ÷ this req/s",
        });
        var note = $"{result.Requests} requests in {result.Seconds:0.0}s at concurrency {options.Concurrency}, {bytes} B answer"
            + (result.Failures > 0 ? $", {result.Failures} failed ({result.FirstError})" : string.Empty);
        sink.Add(new Figure(scale, "queries", $"{query.Name} p50", result.P50Ms, "ms") { Note = note });
        sink.Add(new Figure(scale, "queries", $"{query.Name} p95", result.P95Ms, "ms")
        {
            Target = query.P95TargetMs is { } t ? Target.AtMost(t) : null,
        });
        sink.Add(new Figure(scale, "queries", $"{query.Name} p99", result.P99Ms, "ms"));
        sink.Add(new Figure(scale, "queries", $"{query.Name} req/s", result.RequestsPerSecond, "req/s"));
    }

    private async Task PlainAsync(string scale, LoadRunner runner, byte[] answer, LoadResult graphQl, CancellationToken cancellationToken)
    {
        using (var put = new HttpRequestMessage(HttpMethod.Put, BenchEndpoints.PlainPath) { Content = new ByteArrayContent(answer) })
        {
            using var response = await client.SendAsync(put, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
        }

        var cpu = serverCpuSeconds();
        var plain = await runner.RunAsync(() => new HttpRequestMessage(HttpMethod.Get, BenchEndpoints.PlainPath), cancellationToken).ConfigureAwait(false);
        var plainCpuMs = (serverCpuSeconds() - cpu) * 1000 / Math.Max(1, plain.Requests + plain.WarmupRequests);
        sink.Add(new Figure(scale, "queries", "plain endpoint service CPU per request", plainCpuMs, "ms"));
        sink.Add(new Figure(scale, "queries", "chainMap GraphQL share of plain endpoint", graphQl.RequestsPerSecond, "req/s")
        {
            Baseline = plain.RequestsPerSecond,
            BaselineName = "plain endpoint",
            Target = Target.RatioAtLeast(0.5),
            Note = $"plain endpoint p50 {plain.P50Ms:0.00} ms, p95 {plain.P95Ms:0.00} ms",
        });
    }

    private async Task<(byte[] Answer, IReadOnlyDictionary<string, int> RoundTrips, string? Error)> ProbeAsync(BenchQuery query, CancellationToken cancellationToken)
    {
        using (var reset = new HttpRequestMessage(HttpMethod.Delete, BenchEndpoints.RoundTripsPath))
        {
            using var resetResponse = await client.SendAsync(reset, cancellationToken).ConfigureAwait(false);
        }

        using var message = Post(query.Body());
        using var response = await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        var answer = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var trips = await client.GetFromJsonAsync<Dictionary<string, int>>(BenchEndpoints.RoundTripsPath, cancellationToken).ConfigureAwait(false) ?? [];
        string? error = null;
        if (!response.IsSuccessStatusCode)
        {
            error = $"HTTP {(int)response.StatusCode} from {graphQlPath}: {Snippet(answer)}";
        }
        else
        {
            using var doc = JsonDocument.Parse(answer);
            if (doc.RootElement.TryGetProperty("errors", out var errors) && errors.GetArrayLength() > 0)
            {
                error = $"GraphQL errors: {Snippet(answer)}";
            }
        }

        return (answer, trips, error);
    }

    private HttpRequestMessage Post(string body) => new(HttpMethod.Post, graphQlPath)
    {
        Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
    };

    private static string Snippet(byte[] answer)
    {
        var text = Encoding.UTF8.GetString(answer);
        return text.Length > 300 ? text[..300] + "…" : text;
    }
}
