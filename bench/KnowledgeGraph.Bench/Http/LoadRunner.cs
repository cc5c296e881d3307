using System.Diagnostics;

namespace KnowledgeGraph.Bench.Http;

internal sealed record LoadResult(int Requests, int Failures, double Seconds, double P50Ms, double P95Ms, double P99Ms, string? FirstError)
{
    public int WarmupRequests { get; init; }

    public double RequestsPerSecond => Requests / Seconds;
}

/// <summary>
/// Closed-loop load: <c>concurrency</c> workers each send the next request as soon as the previous one is answered,
/// for a fixed time after a warm-up. Latency is client-side wall time including reading the whole body.
/// </summary>
internal sealed class LoadRunner(HttpClient client, int concurrency, TimeSpan warmup, TimeSpan duration)
{
    public async Task<LoadResult> RunAsync(Func<HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        var warm = new List<long>[concurrency];
        await Loop(request, warmup, warm, cancellationToken).ConfigureAwait(false);
        var latencies = new List<long>[concurrency];
        var started = Stopwatch.GetTimestamp();
        var outcome = await Loop(request, duration, latencies, cancellationToken).ConfigureAwait(false);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(all.Length, outcome.Failures, seconds, Percentile(all, 0.50), Percentile(all, 0.95), Percentile(all, 0.99), outcome.FirstError)
        {
            WarmupRequests = warm.Sum(l => l?.Count ?? 0),
        };
    }

    private async Task<(int Failures, string? FirstError)> Loop(Func<HttpRequestMessage> request, TimeSpan length, List<long>[] latencies, CancellationToken cancellationToken)
    {
        var failures = 0;
        string? firstError = null;
        var deadline = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var workers = Enumerable.Range(0, concurrency).Select(async w =>
        {
            var mine = new List<long>(4096);
            latencies[w] = mine;

            while (Stopwatch.GetTimestamp() < deadline)
            {
                var t0 = Stopwatch.GetTimestamp();
                using var message = request();
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
                _ = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
                var elapsed = Stopwatch.GetTimestamp() - t0;
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref failures);
                    Interlocked.CompareExchange(ref firstError, $"HTTP {(int)response.StatusCode}", null);
                    continue;
                }

                mine.Add(elapsed);
            }
        });
        await Task.WhenAll(workers).ConfigureAwait(false);
        return (failures, firstError);
    }

    private static double Percentile(long[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)] * 1000.0 / Stopwatch.Frequency;
}
