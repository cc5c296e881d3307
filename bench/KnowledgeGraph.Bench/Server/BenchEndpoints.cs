using System.Text.Json;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.Observability;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Bench.Server;

/// <summary>
/// Bench-only routes: the round-trip counters in front of the real service, and the plain endpoint behind the
/// service's own middleware (exception handler, CORS, rate limiter, static files, routing, telemetry), like /graphql.
/// It takes the same POST as /graphql (reads and drops the body) and answers the pre-serialised chain-map JSON, so
/// the two differ only in what the service does with the request: the GraphQL layer's cost. The computed plain endpoint
/// (<see cref="PlainChainMapEndpoint"/>) builds the map as GraphQL does and writes the same JSON.
/// </summary>
internal sealed class BenchEndpoints : IStartupFilter
{
    public const string PlainPath = "/bench/plain";
    public const string PlainComputedPath = "/bench/computed";
    public const string RoundTripsPath = "/bench/roundtrips";
    public const string MemoryPath = "/bench/memory";

    private byte[] plain = "{}"u8.ToArray();

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map(RoundTripsPath, branch => branch.Run(ServeRoundTripsAsync));
        app.Map(MemoryPath, branch => branch.Run(ServeMemoryAsync));
        next(app);
        app.Map(PlainPath, branch => branch.Run(ServePlainAsync));
        app.Map(PlainComputedPath, branch => branch.Run(PlainChainMapEndpoint.ServeAsync));
    };

    private async Task ServePlainAsync(HttpContext context)
    {
        if (HttpMethods.IsPut(context.Request.Method))
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted).ConfigureAwait(false);
            plain = buffer.ToArray();
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        if (HttpMethods.IsPost(context.Request.Method))
        {
            await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted).ConfigureAwait(false);
        }

        context.Response.ContentType = "application/json";
        context.Response.ContentLength = plain.Length;
        await context.Response.Body.WriteAsync(plain, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// Where the resident memory is, right now: the GC's committed heap (what a GC setting can trim), and the
    /// anonymous and file-mapped resident pages (/proc/self/status) that hold everything else: SQLite's page caches,
    /// the runtime, JIT-compiled and mapped code.
    /// </summary>
    private static async Task ServeMemoryAsync(HttpContext context)
    {
        var gc = GC.GetGCMemoryInfo();
        var status = File.ReadLines("/proc/self/status")
            .Select(l => l.Split(':', 2))
            .Where(p => p.Length == 2 && p[0] is "RssAnon" or "RssFile")
            .ToDictionary(p => p[0], p => long.Parse(p[1].Trim().Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture) / 1024.0);
        var body = new Dictionary<string, double>
        {
            ["gcCommittedMb"] = gc.TotalCommittedBytes / 1048576.0,
            ["gcHeapMb"] = gc.HeapSizeBytes / 1048576.0,
            ["rssAnonMb"] = status.GetValueOrDefault("RssAnon"),
            ["rssFileMb"] = status.GetValueOrDefault("RssFile"),
            ["gen0Collections"] = GC.CollectionCount(0),
            ["gen1Collections"] = GC.CollectionCount(1),
            ["gen2Collections"] = GC.CollectionCount(2),
        };
        for (var g = 0; g < gc.GenerationInfo.Length; g++)
        {
            body[$"gen{g}AfterMb"] = gc.GenerationInfo[g].SizeAfterBytes / 1048576.0;
        }

        if (NativeHeap.Usage() is var (inUse, free, mapped))
        {
            body["mallocInUseMb"] = inUse / 1048576.0;
            body["mallocFreeMb"] = free / 1048576.0;
            body["mallocMappedMb"] = mapped / 1048576.0;
        }

        // SQLite's own allocations (page caches, statements, sorters) are part of malloc's in-use figure: the store turns
        // SQLite's memory counters off (SqliteProcessSettings), so sqlite3_memory_used has nothing to say.

        var full = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        var background = GC.GetGCMemoryInfo(GCKind.Background);
        body["lastFullHeapMb"] = Math.Max(full.Index > background.Index ? full.HeapSizeBytes : background.HeapSizeBytes, 0) / 1048576.0;

        // As the runtime applied it, not as configured: a misspelt DOTNET_ variable is silently ignored.
        body["gen0MaxBudgetMb"] = GC.GetConfigurationVariables().TryGetValue("GCGen0MaxBudget", out var budget) ? Convert.ToDouble(budget, System.Globalization.CultureInfo.InvariantCulture) / 1048576.0 : 0;
        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, body, cancellationToken: context.RequestAborted).ConfigureAwait(false);
    }

    private static async Task ServeRoundTripsAsync(HttpContext context)
    {
        var counter = context.RequestServices.GetRequiredService<StoreCallMetrics>();
        if (HttpMethods.IsDelete(context.Request.Method))
        {
            counter.Reset();
            context.Response.StatusCode = StatusCodes.Status204NoContent;
            return;
        }

        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, counter.Calls, cancellationToken: context.RequestAborted).ConfigureAwait(false);
    }
}
