using System.Collections.Concurrent;
using System.Diagnostics;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>
/// Bounded soak on loopback: concurrent GraphQL clients while the worker ingests new bulletins. Stops by itself
/// after <see cref="Duration"/>; reports request count, errors (must be 0) and p99 latency.
/// </summary>
public sealed class SoakTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(20);

    private static readonly string[] Queries =
    [
        "{ stats { entities relations mentions bulletins } }",
        "{ search(q: \"乳业\", first: 20) { nodes { id name } } }",
        "{ chainMap(chain: \"乳业\", region: \"内蒙古\") { segments { name count placements { name } } } }",
        "{ entities(type: [INNOVATION_PLATFORM], first: 50) { nodes { name mentions(first: 2) { sentence } } } }",
        "{ bulletins { name status } }",
    ];

    [Fact]
    [Trait("Category", "Soak")]
    public async Task Soak_ConcurrentClientsWhileIngesting_NoErrors()
    {
        await using var factory = new ApiFactory().WithSeeds().With("RateLimiting:Enabled", "false");
        var address = factory.StartKestrel();
        using var client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
        await GraphQLClient.WaitForBulletinsAsync(client, b => GraphQLClient.CountWithStatus(b, "INGESTED") == 2);

        var latencies = new ConcurrentBag<double>();
        var errors = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource(Duration);
        var clients = Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            var n = i;
            while (!stop.IsCancellationRequested)
            {
                var query = Queries[n++ % Queries.Length];
                var watch = Stopwatch.StartNew();
                using var response = await GraphQLClient.PostAsync(client, query);
                var body = await response.Content.ReadAsStringAsync();
                latencies.Add(watch.Elapsed.TotalMilliseconds);
                if (!response.IsSuccessStatusCode || body.Contains("\"errors\"", StringComparison.Ordinal))
                {
                    errors.Enqueue($"{(int)response.StatusCode} {body[..Math.Min(200, body.Length)]}");
                }
            }
        })).ToList();
        var ingestion = Task.Run(async () =>
        {
            var seeds = Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").ToList();
            for (var v = 1; !stop.IsCancellationRequested; v++)
            {
                var seed = seeds[v % seeds.Count];
                await File.WriteAllTextAsync(Path.Combine(factory.Inbox, $"soak-{v}.txt"), await File.ReadAllTextAsync(seed) + $"\n（第{v}版）\n");
                await Task.Delay(1000);
            }
        });
        await Task.WhenAll([.. clients, ingestion]);

        var sorted = latencies.Order().ToList();
        var p99 = sorted[(int)Math.Ceiling(sorted.Count * 0.99) - 1];
        output.WriteLine($"soak {Duration.TotalSeconds:F0} s: {sorted.Count} requests, {errors.Count} errors, p50 {sorted[sorted.Count / 2]:F0} ms, p99 {p99:F0} ms");
        Assert.True(errors.IsEmpty, string.Join('\n', errors.Take(5)));
        Assert.True(sorted.Count > 50, $"only {sorted.Count} requests");
    }
}
