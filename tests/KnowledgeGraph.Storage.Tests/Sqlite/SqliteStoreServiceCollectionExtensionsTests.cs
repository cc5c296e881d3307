using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

public sealed class SqliteStoreServiceCollectionExtensionsTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task AddSqliteGraphStore_PathInConfiguration_StoreUsesThatFile()
    {
        var path = database.PathOf("configured.db");
        using var host = BuildHost(new() { ["Graph:Sqlite:Path"] = path });
        await host.StartAsync();

        var store = host.Services.GetRequiredService<IGraphStore>();
        await store.InitializeAsync();

        Assert.IsType<SqliteGraphStore>(store);
        Assert.Same(store, host.Services.GetRequiredService<IGraphStore>());
        Assert.True(File.Exists(path));
        Assert.True((await store.CheckHealthAsync()).Healthy);
        await host.StopAsync();
    }

    [Fact]
    public async Task AddSqliteGraphStore_ConnectionString_WinsOverPath()
    {
        var path = database.PathOf("from-connection-string.db");
        using var host = BuildHost(new()
        {
            ["Graph:Sqlite:Path"] = database.PathOf("unused.db"),
            ["Graph:Sqlite:ConnectionString"] = $"Data Source={path}",
        });
        await host.StartAsync();

        await host.Services.GetRequiredService<IGraphStore>().InitializeAsync();

        Assert.True(File.Exists(path));
        Assert.False(File.Exists(database.PathOf("unused.db")));
        await host.StopAsync();
    }

    [Theory]
    [InlineData("Graph:Sqlite:Path", "")]
    [InlineData("Graph:Sqlite:BusyTimeout", "00:00:00")]
    [InlineData("Graph:Sqlite:ConnectionString", "Mode=Bogus")]
    [InlineData("Graph:Sqlite:ReadConcurrency", "-1")]
    [InlineData("Graph:Sqlite:MmapMegabytes", "-1")]
    [InlineData("Graph:Sqlite:PageSize", "3000")]
    [InlineData("Graph:Sqlite:PageSize", "131072")]
    [InlineData("Graph:Sqlite:ConnectionString", "Data Source=:memory:")]
    public async Task AddSqliteGraphStore_InvalidOptions_FailAtStart(string key, string value)
    {
        using var host = BuildHost(new() { [key] = value });

        await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());
    }

    private static IHost BuildHost(Dictionary<string, string?> settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSqliteGraphStore();
        return builder.Build();
    }
}
