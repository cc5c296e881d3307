using System.Net;
using System.Net.Http.Json;
using KnowledgeGraph.Bench.Generation;
using KnowledgeGraph.Bench.Ingestion;
using KnowledgeGraph.Bench.Queries;
using KnowledgeGraph.Bench.Reporting;
using KnowledgeGraph.Bench.Server;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Bench;

/// <summary>One scale on one store: load the generated graph, serve it, query it, read the service's peak memory.</summary>
internal sealed class ScaleBench(BenchOptions options, ResultSink sink, StoreTarget target, string work)
{
    private const double TargetPeakMb = 300;
    private const string QueryRegion = "内蒙古自治区";

    public async Task RunAsync(int entities, CancellationToken cancellationToken)
    {
        var spec = new ScaleSpec(entities);
        var scale = target.Name == "sqlite" ? spec.Label : $"{spec.Label} {target.Name}";
        var generator = new GraphGenerator(spec, ChainCatalogue.Default, Gazetteer.Default);
        Console.WriteLine($"== {scale}: {entities:N0} entities in {generator.BatchCount} batches, {spec.EffectiveFocus} on {generator.FocusChain}, {spec.FillerChains} filler chains");
        var dataDir = options.KeepData ? Path.Combine(options.Results, "data") : work;
        Directory.CreateDirectory(dataDir);
        var path = Path.Combine(dataDir, $"{target.Name}-{spec.Label}.db");
        try
        {
            if (!await LoadAsync(scale, spec, generator, path, cancellationToken).ConfigureAwait(false))
            {
                return;
            }

            if (options.Runs("queries") || options.Runs("memory"))
            {
                await ServeAsync(scale, generator.FocusChain, path, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            if (!options.KeepData && target.IsFile)
            {
                StoreLifetime.DeleteDatabase(path);
            }
        }
    }

    private async Task<bool> LoadAsync(string scale, ScaleSpec spec, GraphGenerator generator, string path, CancellationToken cancellationToken)
    {
        var marker = path + ".complete";
        if (options.KeepData && target.IsFile && File.Exists(marker) && !options.Runs("load"))
        {
            sink.Note($"{scale}: reusing {path} (load not measured; drop --keep-data or add --only load to measure it)");
            return true;
        }

        if (target.IsFile)
        {
            StoreLifetime.DeleteDatabase(path);
            File.Delete(marker);
        }

        if (target.IsFile)
        {
            await ScaleLoad.WarmUpAsync(target.Create, work, cancellationToken).ConfigureAwait(false);
        }

        var store = target.Create(path);
        if (store.Value is null)
        {
            sink.Skip($"{scale} load and queries", store.Missing!);
            return false;
        }

        double storeSeconds = 0;
        try
        {
            storeSeconds = await ScaleLoad.LoadAsync(store.Value.Store, generator, target.IsFile ? path : null, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // Closing flushes what the commits left in the WAL into the file; the raw insert's time includes its close too.
            var closing = System.Diagnostics.Stopwatch.StartNew();
            await store.Value.DisposeAsync().ConfigureAwait(false);
            storeSeconds += closing.Elapsed.TotalSeconds;
        }

        double? rawSeconds = options.SkipRaw || !target.IsFile
            ? null
            : await ScaleLoad.RawAsync(Path.Combine(work, $"raw-{spec.Label}.db"), generator, cancellationToken).ConfigureAwait(false);
        ScaleLoad.Report(sink, scale, spec.Entities, storeSeconds, rawSeconds);
        if (target.IsFile)
        {
            await File.WriteAllTextAsync(marker, DateTime.UtcNow.ToString("O"), cancellationToken).ConfigureAwait(false);
        }

        return true;
    }

    private async Task ServeAsync(string scale, string chain, string path, CancellationToken cancellationToken)
    {
        // The service ingests in the last phase, into a fresh inbox. A kept database stays as it was loaded: the
        // service then works on a copy of it.
        var ingesting = options.Runs("queries") && target.IsFile;
        var served = ingesting && options.KeepData ? Path.Combine(work, $"served-{Path.GetFileName(path)}") : path;
        if (served != path)
        {
            StoreLifetime.DeleteDatabase(served);
            File.Copy(path, served);
        }

        try
        {
            await ServeAsync(scale, chain, served, ingesting, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            if (served != path)
            {
                StoreLifetime.DeleteDatabase(served);
            }
        }
    }

    private async Task ServeAsync(string scale, string chain, string path, bool ingesting, CancellationToken cancellationToken)
    {
        var inbox = Path.Combine(work, $"inbox-{scale}");
        var settings = new Dictionary<string, string>(target.ServiceSettings(path), StringComparer.Ordinal);
        if (ingesting)
        {
            Directory.CreateDirectory(inbox);
            settings["Ingestion:Enabled"] = "true";
            settings["Ingestion:Inbox"] = inbox;
        }

        using var server = await ServerProcess.StartAsync(settings, TimeSpan.FromMinutes(5)).ConfigureAwait(false);
        var startup = server.Memory();
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Concurrency * 2, AutomaticDecompression = DecompressionMethods.None };
        using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        var queries = QuerySet.For(chain, QueryRegion);
        if (options.Runs("queries"))
        {
            await new QueryBench(options, sink, client, Parts.GraphQlPath, server.CpuSeconds).RunAsync(scale, queries, cancellationToken).ConfigureAwait(false);
        }

        var (peak, current) = server.Memory();
        sink.Add(new Figure(scale, "memory", "service peak RSS (VmHWM)", peak, "MB")
        {
            Target = Target.AtMost(TargetPeakMb),
            Note = $"after start {startup.CurrentMb:0} MB, after queries {current:0} MB ({await MemoryBreakdownAsync(client, cancellationToken).ConfigureAwait(false)}); the service's GC settings: {ServiceGcSettings.Describe()}",
        });

        if (!ingesting)
        {
            sink.Note($"{scale}: chain map during ingestion not measured (it needs the queries run and the embedded store)");
            return;
        }

        // The peak of the whole life is the target's figure; the peak of the ingesting phase alone says what ingestion
        // adds, which the whole life's figure hides whenever the query phases set the peak.
        var reset = server.ResetPeak();
        await new IngestingQueryBench(options, sink, client, Parts.GraphQlPath, server.CpuSeconds)
            .RunAsync(scale, queries.First(q => q.Name == QuerySet.ChainMap), inbox, cancellationToken).ConfigureAwait(false);
        var (phasePeak, _) = server.Memory();
        var ingestingPeak = reset ? Math.Max(peak, phasePeak) : phasePeak;
        if (reset)
        {
            sink.Add(new Figure(scale, "memory", "service peak RSS in the ingesting phase alone", phasePeak, "MB")
            {
                Note = "VmHWM reset (/proc/<pid>/clear_refs) after the query phases, read once every dropped bulletin had committed",
            });
        }

        sink.Add(new Figure(scale, "memory", "service peak RSS, serving while ingesting (VmHWM)", ingestingPeak, "MB")
        {
            Target = Target.AtMost(TargetPeakMb),
            Note = $"the same process once every bulletin dropped during the chain-map-during-ingestion run had committed ({await MemoryBreakdownAsync(client, cancellationToken).ConfigureAwait(false)}): the inbox worker's pipeline and the store's write connection (its page cache, Graph:Sqlite:WriteCacheMegabytes) included",
        });
    }

    private static async Task<string> MemoryBreakdownAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var memory = await client.GetFromJsonAsync<Dictionary<string, double>>(BenchEndpoints.MemoryPath, cancellationToken).ConfigureAwait(false) ?? [];
        return $"now: GC committed {memory.GetValueOrDefault("gcCommittedMb"):0} MB of which heap {memory.GetValueOrDefault("gcHeapMb"):0} MB; "
            + $"resident anonymous {memory.GetValueOrDefault("rssAnonMb"):0} MB, file-mapped {memory.GetValueOrDefault("rssFileMb"):0} MB; "
            + $"after the last GC gen0/1/2/LOH/POH {memory.GetValueOrDefault("gen0AfterMb"):0}/{memory.GetValueOrDefault("gen1AfterMb"):0}/{memory.GetValueOrDefault("gen2AfterMb"):0}/{memory.GetValueOrDefault("gen3AfterMb"):0}/{memory.GetValueOrDefault("gen4AfterMb"):0} MB, "
            + $"heap after the last full GC {memory.GetValueOrDefault("lastFullHeapMb"):0} MB; collections gen0/1/2 {memory.GetValueOrDefault("gen0Collections"):0}/{memory.GetValueOrDefault("gen1Collections"):0}/{memory.GetValueOrDefault("gen2Collections"):0}; "
            + $"malloc in use (SQLite's page caches included) {memory.GetValueOrDefault("mallocInUseMb"):0} MB, free in arenas {memory.GetValueOrDefault("mallocFreeMb"):0} MB, mmapped {memory.GetValueOrDefault("mallocMappedMb"):0} MB; "
            + $"gen-0 budget cap as the runtime applied it {memory.GetValueOrDefault("gen0MaxBudgetMb"):0} MB";
    }
}
