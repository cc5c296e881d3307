using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Bench.Generation;
using KnowledgeGraph.Bench.Http;
using KnowledgeGraph.Bench.Reporting;

namespace KnowledgeGraph.Bench.Queries;

/// <summary>
/// The chain map as users get it while the graph grows: normal requests (the cache on) while bulletins arrive in the
/// service's inbox and its worker commits them, each commit a new graph version that invalidates every cached answer.
/// The cached and computed runs are the two ends; this is what a deployment that ingests while serving sees.
/// </summary>
internal sealed class IngestingQueryBench(BenchOptions options, ResultSink sink, HttpClient client, string graphQlPath, Func<double> serverCpuSeconds)
{
    private const string StatsQuery = """{"query":"{ stats { bulletins } }"}""";

    /// <summary>How long the rest of the dropped bulletins may take to commit after the run (400 dense issues take ~5 s).</summary>
    private static readonly TimeSpan DrainTimeout = TimeSpan.FromMinutes(3);

    public async Task RunAsync(string scale, BenchQuery chainMap, string inbox, CancellationToken cancellationToken)
    {
        // Dense issues (2.3× the seeds' mentions), as in earlier runs: the heavier stream is the one to serve beside.
        var bulletins = Corpus.GeneratedDense(options.Bulletins, Corpus.SeedChars());
        var before = await IngestedAsync(cancellationToken).ConfigureAwait(false);
        var runner = new LoadRunner(client, options.Concurrency, options.Warmup, options.Duration);
        var body = chainMap.Body();

        // Bulletins arrive at an even pace over the whole run (warm-up included), so commits keep landing while it is measured.
        var window = options.Warmup + options.Duration;
        var dropping = DropAsync(inbox, bulletins, window, cancellationToken);
        var cpu = serverCpuSeconds();
        var load = await runner.RunAsync(() => Post(body), cancellationToken).ConfigureAwait(false);
        var cpuMs = (serverCpuSeconds() - cpu) * 1000 / Math.Max(1, load.Requests + load.WarmupRequests);
        var dropped = await dropping.ConfigureAwait(false);
        var during = await IngestedAsync(cancellationToken).ConfigureAwait(false) - before;

        // The memory figure read after this run is the peak of the whole ingestion, not of the part that fitted in the
        // measured window: wait for the rest of the dropped bulletins to commit.
        var rest = System.Diagnostics.Stopwatch.StartNew();
        var total = await CommittedAsync(before + dropped, DrainTimeout, cancellationToken).ConfigureAwait(false) - before;
        var drained = total >= dropped
            ? $"all {dropped} committed {rest.Elapsed.TotalSeconds:0.0}s after it"
            : $"only {total} of {dropped} committed {DrainTimeout.TotalSeconds:0}s after it";

        var note = $"{load.Requests} requests in {load.Seconds:0.0}s at concurrency {options.Concurrency} while {dropped} generated bulletins were dropped into the inbox; "
            + $"{during} committed by the end of the run (each commit invalidates every cached answer), {drained}; service CPU {cpuMs:0.00} ms/request including the ingestion"
            + (load.Failures > 0 ? $"; {load.Failures} failed ({load.FirstError})" : string.Empty);
        LatencyFigures.Add(sink, scale, $"{chainMap.Name} (during ingestion)", chainMap, load, note);
        sink.Add(new Figure(scale, "ingestion", "bulletins committed while serving chain maps", during, "bulletins") { Note = note });
    }

    private static async Task<int> DropAsync(string inbox, IReadOnlyList<(string Name, string Text)> bulletins, TimeSpan window, CancellationToken cancellationToken)
    {
        var pause = window / Math.Max(1, bulletins.Count);
        var dropped = 0;
        foreach (var (name, text) in bulletins)
        {
            // Written beside the inbox and moved in, so the worker never sees a half-written file.
            var staging = Path.Combine(Path.GetDirectoryName(inbox)!, name + ".part");
            await File.WriteAllTextAsync(staging, text, cancellationToken).ConfigureAwait(false);
            File.Move(staging, Path.Combine(inbox, name));
            dropped++;
            await Task.Delay(pause, cancellationToken).ConfigureAwait(false);
        }

        return dropped;
    }

    /// <summary>Polls the bulletin count until it reaches <paramref name="expected"/> or the time is up; returns the last count.</summary>
    private async Task<int> CommittedAsync(int expected, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + timeout;
        int count;
        while ((count = await IngestedAsync(cancellationToken).ConfigureAwait(false)) < expected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
        }

        return count;
    }

    private async Task<int> IngestedAsync(CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, graphQlPath) { Content = Json(StatsQuery) };
        message.Headers.CacheControl = new CacheControlHeaderValue { NoCache = true };
        using var response = await client.SendAsync(message, cancellationToken).ConfigureAwait(false);
        using var document = JsonDocument.Parse(await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false));
        return document.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? data.GetProperty("stats").GetProperty("bulletins").GetInt32()
            : throw new InvalidOperationException($"The service did not answer the bulletin count ({(int)response.StatusCode}): {document.RootElement.GetRawText()}");
    }

    private HttpRequestMessage Post(string body) => new(HttpMethod.Post, graphQlPath) { Content = Json(body) };

    private static StringContent Json(string body) => new(body, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
