using System.Net.Http.Json;
using KnowledgeGraph.Bench.Server;

namespace KnowledgeGraph.Bench.Tests.Server;

public sealed class ServerProcessTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("kg-serverprocess-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task StartAsync_ShippedGcSettings_RuntimeOfTheServiceAppliesTheGenZeroBudgetCap()
    {
        // The memory figures are only the service's own if the GC it ships with is the one that runs: the runtime
        // ignores a DOTNET_ variable it does not recognise, so this asks the child process what it applied.
        var inbox = Directory.CreateDirectory(Path.Combine(folder, "inbox")).FullName;
        using var server = await ServerProcess.StartAsync(Parts.ServiceSettings(Path.Combine(folder, "graph.db"), inbox), TimeSpan.FromMinutes(2));
        using var client = new HttpClient { BaseAddress = server.BaseAddress };

        var memory = await client.GetFromJsonAsync<Dictionary<string, double>>(BenchEndpoints.MemoryPath);

        Assert.NotNull(memory);
        Assert.Equal(16, memory["gen0MaxBudgetMb"]);
    }
}
