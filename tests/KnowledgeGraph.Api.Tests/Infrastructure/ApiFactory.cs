using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>
/// The real host with a fresh SQLite file and its own inbox folder under a temp directory. The inbox starts
/// empty unless <see cref="WithSeeds"/> copies the repository's bulletins into it.
/// </summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public const string ApiKey = "test-key-0123456789abcdef";

    private readonly Dictionary<string, string?> settings = new(StringComparer.Ordinal);
    private readonly List<Action<IServiceCollection>> serviceChanges = [];
    private readonly bool ownsDirectory;

    /// <param name="dataDirectory">Reuse a folder (store + inbox) across hosts; the caller deletes it. Default: a fresh temp folder deleted on dispose.</param>
    public ApiFactory(string? dataDirectory = null)
    {
        ownsDirectory = dataDirectory is null;
        DataDirectory = dataDirectory ?? Directory.CreateTempSubdirectory("kg-api-tests-").FullName;
        Directory.CreateDirectory(Inbox);
        settings["Graph:Sqlite:Path"] = DatabasePath;
        settings["Ingestion:Inbox"] = Inbox;
        settings["Ingestion:RescanInterval"] = "00:00:02";
        settings["Ingestion:Debounce"] = "00:00:00.100";
        settings["Api:Keys:0"] = ApiKey;
    }

    public string DataDirectory { get; }

    public string Inbox => Path.Combine(DataDirectory, "inbox");

    public string DatabasePath => Path.Combine(DataDirectory, "graph.db");

    /// <summary>Base address of the Kestrel server after <see cref="StartKestrel"/>.</summary>
    public Uri? ServerAddress { get; private set; }

    /// <summary>Overrides a configuration value; null removes it (including the defaults below).</summary>
    public ApiFactory With(string key, string? value)
    {
        if (value is null)
        {
            settings.Remove(key);
        }
        else
        {
            settings[key] = value;
        }

        return this;
    }

    public ApiFactory WithServices(Action<IServiceCollection> change)
    {
        serviceChanges.Add(change);
        return this;
    }

    public ApiFactory WithSeeds()
    {
        foreach (var file in Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt"))
        {
            File.Copy(file, Path.Combine(Inbox, Path.GetFileName(file)), overwrite: true);
        }

        return this;
    }

    /// <summary>A real socket (for the browser and the audit), on a free loopback port.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        ServerAddress = new Uri(addresses.First());
        return ServerAddress;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            foreach (var change in serviceChanges)
            {
                change(services);
            }
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (!ownsDirectory)
        {
            return;
        }

        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS temp cleaner.
        }
    }
}
