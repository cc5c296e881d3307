using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.ChainMap;

/// <summary>
/// The real host on Kestrel (loopback, free port) over a temp SQLite file, with the seed bulletins in its inbox,
/// ingested by the real worker and extractor, plus <see cref="DairyEnterprisesBulletin"/> committed through the store.
/// </summary>
public sealed class SeededServer : IAsyncLifetime
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "kg-chainmap-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? factory;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => factory!.Services;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public async Task InitializeAsync()
    {
        var inbox = Directory.CreateDirectory(Path.Combine(root, "inbox")).FullName;
        foreach (var seed in Directory.GetFiles(Path.Combine(RepositoryRoot, "seeds"), "*.txt"))
        {
            File.Copy(seed, Path.Combine(inbox, Path.GetFileName(seed)));
        }

        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Development");
            web.UseSetting("Graph:Store", "Sqlite");
            web.UseSetting("Graph:Sqlite:Path", Path.Combine(root, "graph.db"));
            web.UseSetting("Ingestion:Inbox", inbox);
            web.UseSetting("Ingestion:Debounce", "00:00:00.050");
        });
        // An explicit listener on a free port: the host's default loopback:5000 may be taken by a parallel test.
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        BaseAddress = new Uri(factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

        var store = Services.GetRequiredService<IGraphStore>();
        await WaitForSeedsAsync(store, Directory.GetFiles(inbox).Length);
        var bulletin = DairyEnterprisesBulletin.Bulletin(DateTimeOffset.UtcNow);
        await store.CommitBulletinAsync(bulletin, DairyEnterprisesBulletin.Graph(bulletin.Id));
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress };

    /// <summary>Posts a GraphQL query and returns <c>data</c>, failing the test on any GraphQL error.</summary>
    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var client = CreateClient();
        using var response = await client.PostAsJsonAsync("/graphql", new { query, variables });
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(!body.TryGetProperty("errors", out var errors), $"GraphQL errors: {errors}");
        return body.GetProperty("data");
    }

    public async Task DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held by a closing connection; the temp folder is cleaned by the OS.
        }
    }

    private static async Task WaitForSeedsAsync(IGraphStore store, int expected)
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            var done = await store.GetBulletinsAsync();
            if (done.Count(b => b.Status != BulletinStatus.Pending) >= expected)
            {
                Assert.All(done, b => Assert.Equal(BulletinStatus.Ingested, b.Status));
                return;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"The worker did not ingest the {expected} seed bulletins within two minutes.");
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (Directory.Exists(Path.Combine(dir.FullName, "seeds")) && File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Repository root (with seeds/) not found above " + AppContext.BaseDirectory);
    }
}

// Runs alone, after the parallel collections: two headless browsers on a 2-core CI machine make timing-based waits flaky.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SeededServerCollection : ICollectionFixture<SeededServer>
{
    public const string Name = "Seeded server";
}
