using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>
/// The built service run as its own process (<c>dotnet KnowledgeGraph.Api.dll</c>) on a free loopback port, with
/// its output captured. Unlike the in-process factory it can be killed with SIGKILL, which is what crash tests need.
/// </summary>
internal sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly ConcurrentQueue<string> output = new();
    private readonly Stopwatch clock = Stopwatch.StartNew();

    private ServiceProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
        Client = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(30) };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>Everything the process wrote to stdout and stderr so far.</summary>
    public string Output => string.Join('\n', output);

    public static string ApiDirectory { get; } = Path.Combine(RepoPaths.Root, "src", "KnowledgeGraph.Api", "bin",
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release", "net10.0");

    /// <summary>Starts the service on the SQLite file and inbox under <paramref name="dataDirectory"/>; settings use the Section__Key form.</summary>
    public static ServiceProcess Start(string dataDirectory, IReadOnlyDictionary<string, string>? settings = null)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(ApiDirectory, "KnowledgeGraph.Api.dll")])
        {
            // The project folder is the content root, as with `dotnet run`: appsettings.json and wwwroot/ live there.
            WorkingDirectory = Path.Combine(RepoPaths.Root, "src", "KnowledgeGraph.Api"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = address.ToString();
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Graph__Sqlite__Path"] = Path.Combine(dataDirectory, "graph.db");
        start.Environment["Ingestion__Inbox"] = Path.Combine(dataDirectory, "inbox");
        start.Environment["Ingestion__RescanInterval"] = "00:00:01";
        start.Environment["Ingestion__Debounce"] = "00:00:00.050";
        start.Environment["RateLimiting__Enabled"] = "false";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var service = new ServiceProcess(process, address);
        process.OutputDataReceived += (_, e) => service.Capture(e.Data);
        process.ErrorDataReceived += (_, e) => service.Capture(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return service;
    }

    /// <summary>Waits until /health/live answers (the process listens) or fails the test with the captured output.</summary>
    public async Task WaitUntilLiveAsync(TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                using var response = await Client.GetAsync(new Uri("/health/live", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(50);
        }

        Assert.Fail($"Service did not come up (exited: {process.HasExited}).\n{Output}");
    }

    /// <summary>Number of captured output lines containing <paramref name="text"/>.</summary>
    public int CountLines(string text) => output.Count(l => l.Contains(text, StringComparison.Ordinal));

    /// <summary>Waits until at least <paramref name="count"/> output lines contain <paramref name="text"/>; false on timeout or exit.</summary>
    public async Task<bool> WaitForLinesAsync(string text, int count, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            if (CountLines(text) >= count)
            {
                return true;
            }

            await Task.Delay(20);
        }

        return false;
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, exactly like a power cut for the process.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit();
    }

    /// <summary>SIGTERM, as systemd or docker stop send it: the host shuts down gracefully.</summary>
    public async Task StopAsync(TimeSpan timeout)
    {
        if (process.HasExited)
        {
            return;
        }

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            Kill();
            Assert.Fail($"Service did not stop within {timeout} of SIGTERM.\n{Output}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        Kill();
        Client.Dispose();
        process.Dispose();
        await Task.CompletedTask;
    }

    private void Capture(string? line)
    {
        if (line is not null)
        {
            output.Enqueue($"{clock.Elapsed.TotalSeconds,6:F2} {line}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
