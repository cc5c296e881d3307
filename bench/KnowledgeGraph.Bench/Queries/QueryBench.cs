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
        var chainMapLoads = new Dictionary<string, LoadResult>(StringComparer.Ordinal);
        foreach (var query in queries)
        {
            // Computed first (Cache-Control: no-cache bypasses every cache): the store reads the answer really costs.
            var computed = await ProbeAsync(query, noCache: true, cancellationToken).ConfigureAwait(false);
            if (computed.Error is not null)
            {
                sink.Skip($"{scale} {query.Name}", computed.Error);
                continue;
            }

            _ = await ProbeAsync(query, noCache: false, cancellationToken).ConfigureAwait(false);
            var cached = await ProbeAsync(query, noCache: false, cancellationToken).ConfigureAwait(false);
            ReportTrips(scale, query, "computed", computed.RoundTrips, query.MaxRoundTrips, $"levels: {query.Levels}");
            ReportTrips(scale, query, "cached answer", cached.RoundTrips, 1, "the graph version only");

            var body = query.Body();
            foreach (var (mode, noCache) in new[] { ("cached", false), ("computed", true) })
            {
                var cpu = serverCpuSeconds();
                var result = await runner.RunAsync(() => Post(body, noCache), cancellationToken).ConfigureAwait(false);
                Report(scale, $"{query.Name} ({mode})", query, result, computed.Answer.Length, serverCpuSeconds() - cpu);
                if (query.Name == QuerySet.ChainMap)
                {
                    chainMapAnswer = computed.Answer;
                    chainMapLoads[mode] = result;
                }
            }
        }

        if (chainMapAnswer is not null)
        {
            await PlainAsync(scale, runner, chainMapAnswer, chainMapLoads, cancellationToken).ConfigureAwait(false);
        }
    }

    private void ReportTrips(string scale, BenchQuery query, string mode, IReadOnlyDictionary<string, int> trips, int limit, string levels) =>
        sink.Add(new Figure(scale, "roundtrips", $"{query.Name} store round trips/request ({mode})", trips.Values.Sum(), "calls")
        {
            Target = Target.AtMost(limit),
            Note = $"{string.Join(", ", trips.Select(p => $"{p.Key}×{p.Value}"))}; {levels}",
        });

    private void Report(string scale, string name, BenchQuery query, LoadResult result, int bytes, double cpuSeconds)
    {
        // Warm-up requests ran inside the CPU window too, so divide by all requests sent in it.
        var sent = result.Requests + result.WarmupRequests;
        sink.Add(new Figure(scale, "queries", $"{name} service CPU per request", cpuSeconds * 1000 / Math.Max(1, sent), "ms")
        {
            Note = "CPU time of the service process ÷ requests: independent of other load on the machine; 2 cores serve at most 2000 ÷ this req/s",
        });
        var note = $"{result.Requests} requests in {result.Seconds:0.0}s at concurrency {options.Concurrency}, {bytes} B answer"
            + (result.Failures > 0 ? $", {result.Failures} failed ({result.FirstError})" : string.Empty);
        sink.Add(new Figure(scale, "queries", $"{name} p50", result.P50Ms, "ms") { Note = note });
        sink.Add(new Figure(scale, "queries", $"{name} p95", result.P95Ms, "ms")
        {
            Target = query.P95TargetMs is { } t ? Target.AtMost(t) : null,
        });
        sink.Add(new Figure(scale, "queries", $"{name} p99", result.P99Ms, "ms"));
        sink.Add(new Figure(scale, "queries", $"{name} req/s", result.RequestsPerSecond, "req/s"));
    }

    private async Task PlainAsync(string scale, LoadRunner runner, byte[] answer, IReadOnlyDictionary<string, LoadResult> graphQl, CancellationToken cancellationToken)
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
        foreach (var (mode, load) in graphQl)
        {
            sink.Add(new Figure(scale, "queries", $"chainMap GraphQL ({mode}) share of plain endpoint", load.RequestsPerSecond, "req/s")
            {
                Baseline = plain.RequestsPerSecond,
                BaselineName = "plain endpoint",
                Target = Target.RatioAtLeast(0.5),
                Note = $"plain endpoint p50 {plain.P50Ms:0.00} ms, p95 {plain.P95Ms:0.00} ms",
            });
        }
    }

    private async Task<(byte[] Answer, IReadOnlyDictionary<string, int> RoundTrips, string? Error)> ProbeAsync(BenchQuery query, bool noCache, CancellationToken cancellationToken)
    {
        using (var reset = new HttpRequestMessage(HttpMethod.Delete, BenchEndpoints.RoundTripsPath))
        {
            using var resetResponse = await client.SendAsync(reset, cancellationToken).ConfigureAwait(false);
        }

        using var message = Post(query.Body(), noCache);
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

    private HttpRequestMessage Post(string body, bool noCache)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, graphQlPath)
        {
            Content = new StringContent(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        if (noCache)
        {
            message.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        }

        return message;
    }

    private static string Snippet(byte[] answer)
    {
        var text = Encoding.UTF8.GetString(answer);
        return text.Length > 300 ? text[..300] + "…" : text;
    }
}
