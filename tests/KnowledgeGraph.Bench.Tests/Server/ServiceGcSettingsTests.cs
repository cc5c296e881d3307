using KnowledgeGraph.Bench.Server;

namespace KnowledgeGraph.Bench.Tests.Server;

public sealed class ServiceGcSettingsTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"kg-runtimeconfig-{Guid.NewGuid():N}.json");

    public void Dispose() => File.Delete(path);

    [Fact]
    public void AsEnvironment_ShippedApiRuntimeConfig_ServiceRunsWithServerGc()
    {
        // The Api's own runtimeconfig, copied next to the bench: the service under test must get the GC it ships with.
        var settings = ServiceGcSettings.AsEnvironment();

        Assert.Equal("1", settings["DOTNET_gcServer"]);
    }

    [Fact]
    public void AsEnvironment_ShippedApiRuntimeConfig_GenZeroBudgetCappedAt16MbUnderTheNameTheRuntimeReads()
    {
        var settings = ServiceGcSettings.AsEnvironment();

        // Case matters: DOTNET_GCgen0MaxBudget (as older notes spell it) is silently ignored.
        Assert.Equal("1000000", settings["DOTNET_GCGen0MaxBudget"]);
    }

    [Fact]
    public void AsEnvironment_BooleansAndNumbers_BecomeRuntimeVariables()
    {
        File.WriteAllText(path, """
            {"runtimeOptions": {"configProperties": {
              "System.GC.Server": true, "System.GC.Concurrent": false, "System.GC.HeapHardLimit": 209715200,
              "System.Globalization.Invariant": false }}}
            """);

        var settings = ServiceGcSettings.AsEnvironment(path);

        Assert.Equal("1", settings["DOTNET_gcServer"]);
        Assert.Equal("0", settings["DOTNET_gcConcurrent"]);
        Assert.Equal("c800000", settings["DOTNET_GCHeapHardLimit"]); // the runtime reads GC numbers as hex
        Assert.Equal(3, settings.Count);
    }

    [Fact]
    public void AsEnvironment_BenchRuntimeConfig_SameGcAsTheService()
    {
        // The extraction and ingestion figures run the service's pipeline inside the bench process itself.
        var bench = ServiceGcSettings.AsEnvironment(Path.Combine(AppContext.BaseDirectory, "KnowledgeGraph.Bench.runtimeconfig.json"));
        var service = ServiceGcSettings.AsEnvironment();

        Assert.Equal(service["DOTNET_gcServer"], bench.GetValueOrDefault("DOTNET_gcServer"));
        Assert.Equal(service["DOTNET_GCGen0MaxBudget"], bench.GetValueOrDefault("DOTNET_GCGen0MaxBudget"));
    }

    [Fact]
    public void AsEnvironment_NoRuntimeConfig_NothingOverridden() =>
        Assert.Empty(ServiceGcSettings.AsEnvironment(path));
}
