using KnowledgeGraph.Storage.Neo4j.QueryApi;
using Microsoft.Extensions.DependencyInjection;
using Polly.CircuitBreaker;
using Polly.Timeout;
using static KnowledgeGraph.Storage.Tests.Neo4j.QueryApiStandIn;

namespace KnowledgeGraph.Storage.Tests.Neo4j.QueryApi;

// The production pipeline (as AddNeo4jGraphStore registers it) against QueryApiStandIn, a real loopback Kestrel
// server playing the Query API, since no Neo4j runs here.
public sealed class Neo4jResilienceTests : IAsyncLifetime
{
    private QueryApiStandIn server = null!;

    public async Task InitializeAsync() => server = await QueryApiStandIn.StartAsync();

    public async Task DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task RunAsync_ServerSlowerThanRequestTimeout_TimesOutEachAttemptThenThrows()
    {
        server.Default = Scripted.Rows(["ok"], [[Typed("Integer", "1")]]) with { Delay = TimeSpan.FromSeconds(5) };
        var settings = Neo4jServices.FastSettings(server.Uri);
        // 1 s rather than less: on a loaded machine a shorter cut can fire before the request even reaches the server.
        settings["Graph:Neo4j:RequestTimeout"] = "00:00:01";
        settings["Graph:Neo4j:MaxRetryAttempts"] = "1";
        await using var services = Neo4jServices.Build(settings);
        var started = TimeProvider.System.GetTimestamp();

        await Assert.ThrowsAsync<TimeoutRejectedException>(() => services.GetRequiredService<QueryApiClient>().RunAsync("RETURN 1"));

        Assert.Equal(2, server.Attempts);
        // Two uncut attempts would take 10 s (the server answers after 5 s).
        Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(5), "each attempt must be cut at the timeout");
    }

    [Fact]
    public async Task RunAsync_SlowFirstAttempt_RetriesAndSucceeds()
    {
        server.Enqueue(Scripted.Rows(["ok"], [[Typed("Integer", "0")]]) with { Delay = TimeSpan.FromSeconds(10) });
        var settings = Neo4jServices.FastSettings(server.Uri);
        settings["Graph:Neo4j:RequestTimeout"] = "00:00:02";
        await using var services = Neo4jServices.Build(settings);

        var result = await services.GetRequiredService<QueryApiClient>().RunAsync("RETURN 1 AS ok");

        Assert.Equal(1L, result.Single()["ok"]);
        Assert.Equal(2, server.Attempts);
    }

    [Fact]
    public async Task RunAsync_RepeatedTransientFailures_OpensCircuitAndFailsFastWithoutCallingServer()
    {
        server.Default = Scripted.Error(400, "Neo.TransientError.General.DatabaseUnavailable", "database is starting");
        var settings = Neo4jServices.FastSettings(server.Uri);
        settings["Graph:Neo4j:MaxRetryAttempts"] = "0";
        settings["Graph:Neo4j:CircuitMinimumThroughput"] = "3";
        settings["Graph:Neo4j:CircuitFailureRatio"] = "0.5";
        settings["Graph:Neo4j:CircuitBreakDuration"] = "00:00:30";
        await using var services = Neo4jServices.Build(settings);
        var client = services.GetRequiredService<QueryApiClient>();

        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<Neo4jTransientException>(() => client.RunAsync("RETURN 1"));
        }

        await Assert.ThrowsAsync<BrokenCircuitException>(() => client.RunAsync("RETURN 1"));
        Assert.Equal(3, server.Attempts);
    }

    [Fact]
    public async Task RunAsync_RepeatedDeadlocksBetweenWriters_AreRetriedButDoNotOpenTheCircuit()
    {
        server.Default = Scripted.Error(400, "Neo.TransientError.Transaction.DeadlockDetected", "ForsetiClient[3] can't acquire ExclusiveLock");
        var settings = Neo4jServices.FastSettings(server.Uri);
        settings["Graph:Neo4j:MaxRetryAttempts"] = "1";
        settings["Graph:Neo4j:CircuitMinimumThroughput"] = "3";
        await using var services = Neo4jServices.Build(settings);
        var client = services.GetRequiredService<QueryApiClient>();

        for (var i = 0; i < 4; i++)
        {
            await Assert.ThrowsAsync<Neo4jTransientException>(() => client.RunAsync("MERGE (n:Node {id: 'x'})"));
        }

        Assert.Equal(4 * 2, server.Attempts); // every call retried once, none refused by an open circuit
    }

    [Fact]
    public async Task RunAsync_CircuitOpenThenServerRecovers_ClosesAfterBreakDuration()
    {
        server.Enqueue(
            Scripted.Plain(503, "restarting"),
            Scripted.Plain(503, "restarting"),
            Scripted.Plain(503, "restarting"));
        var settings = Neo4jServices.FastSettings(server.Uri);
        settings["Graph:Neo4j:MaxRetryAttempts"] = "0";
        settings["Graph:Neo4j:CircuitMinimumThroughput"] = "3";
        // A break long enough that a slow (loaded) machine still reaches the fourth call while the circuit is open.
        settings["Graph:Neo4j:CircuitBreakDuration"] = "00:00:03";
        await using var services = Neo4jServices.Build(settings);
        var client = services.GetRequiredService<QueryApiClient>();
        for (var i = 0; i < 3; i++)
        {
            await Assert.ThrowsAsync<Neo4jUnavailableException>(() => client.RunAsync("RETURN 1"));
        }

        await Assert.ThrowsAsync<BrokenCircuitException>(() => client.RunAsync("RETURN 1"));
        await Task.Delay(TimeSpan.FromSeconds(3.5));
        var result = await client.RunAsync("RETURN 1 AS ok");

        Assert.Equal(1L, result.Single()["ok"]);
        Assert.Equal(4, server.Attempts);
    }

    [Fact]
    public async Task RunAsync_ServerComesUpDuringRetries_RetriesConnectionFailuresAndSucceeds()
    {
        var port = QueryApiStandIn.FreePort();
        var settings = Neo4jServices.FastSettings(new Uri($"http://127.0.0.1:{port}"));
        settings["Graph:Neo4j:RetryBaseDelay"] = "00:00:00.300";
        settings["Graph:Neo4j:MaxRetryAttempts"] = "6";
        await using var services = Neo4jServices.Build(settings);

        var call = services.GetRequiredService<QueryApiClient>().RunAsync("RETURN 1 AS ok");
        await Task.Delay(TimeSpan.FromMilliseconds(100));
        await using var late = await QueryApiStandIn.StartAsync(port);
        var result = await call;

        Assert.Equal(1L, result.Single()["ok"]);
        Assert.Single(late.Requests);
    }
}
