using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using KnowledgeGraph.Api.Hosting;

namespace KnowledgeGraph.Bench.Server;

/// <summary>The service under test as a child process of the bench (see <see cref="ServeCommand"/>).</summary>
internal sealed class ServerProcess : IDisposable
{
    private readonly Process process;

    private ServerProcess(Process process, Uri baseAddress)
    {
        this.process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public int Pid => process.Id;

    public static async Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string> settings, TimeSpan timeout)
    {
        var port = FreePort();
        var start = new ProcessStartInfo
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
        };
        var self = Environment.ProcessPath!;
        start.FileName = self;
        if (Path.GetFileNameWithoutExtension(self).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            start.ArgumentList.Add(typeof(ServerProcess).Assembly.Location);
        }

        // A DOTNET_ variable set for the bench itself wins: that is how to try other GC settings on the service.
        foreach (var (name, value) in ServiceGcSettings.AsEnvironment().Where(p => Environment.GetEnvironmentVariable(p.Key) is null))
        {
            start.Environment[name] = value;
        }

        // As launchSettings.json and the Dockerfile start the service: the limit only fully holds when set before the
        // runtime's own threads take their arenas (see NativeHeap).
        if (Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is null)
        {
            start.Environment["MALLOC_ARENA_MAX"] = NativeHeap.Arenas.ToString(CultureInfo.InvariantCulture);
        }

        start.ArgumentList.Add("serve");
        start.ArgumentList.Add("--port");
        start.ArgumentList.Add(port.ToString(CultureInfo.InvariantCulture));
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add("--set");
            start.ArgumentList.Add($"{key}={value}");
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the service process.");
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(cts.Token).ConfigureAwait(false) is { } line)
            {
                if (line.StartsWith(ServeCommand.Ready, StringComparison.Ordinal))
                {
                    _ = DrainAsync(process);
                    return new ServerProcess(process, new Uri($"http://127.0.0.1:{port}/"));
                }
            }
        }
        catch (OperationCanceledException)
        {
        }

        process.Kill(entireProcessTree: true);
        process.Dispose();
        throw new InvalidOperationException($"The service process did not become ready within {timeout.TotalSeconds:0}s.");
    }

    /// <summary>User + system CPU seconds the service process has used so far (/proc/&lt;pid&gt;/stat utime + stime).</summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return ticks / 100.0; // USER_HZ is 100 on Linux
    }

    /// <summary>Peak and current resident set of the service process, in MiB (VmHWM / VmRSS).</summary>
    public (double PeakMb, double CurrentMb) Memory()
    {
        double peak = double.NaN, current = double.NaN;
        foreach (var line in File.ReadLines($"/proc/{process.Id}/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                peak = Kb(line) / 1024.0;
            }
            else if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                current = Kb(line) / 1024.0;
            }
        }

        return (peak, current);
    }

    /// <summary>
    /// Resets the service's VmHWM to its current resident set (writing 5 to /proc/&lt;pid&gt;/clear_refs), so the next
    /// <see cref="Memory"/> reports the peak of what ran since. False where the kernel refuses it.
    /// </summary>
    public bool ResetPeak()
    {
        try
        {
            File.WriteAllText($"/proc/{process.Id}/clear_refs", "5");
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    public void Dispose()
    {
        try
        {
            process.StandardInput.Close();
            if (!process.WaitForExit(TimeSpan.FromSeconds(15)))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
        finally
        {
            process.Dispose();
        }
    }

    private static double Kb(string line) =>
        double.Parse(line.Split(':', 2)[1].Trim().Split(' ')[0], CultureInfo.InvariantCulture);

    private static async Task DrainAsync(Process process)
    {
        while (await process.StandardOutput.ReadLineAsync().ConfigureAwait(false) is not null)
        {
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
