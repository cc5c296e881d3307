using System.Globalization;

namespace KnowledgeGraph.Bench.Server;

/// <summary>
/// Child-process mode (<c>serve --port N --set key=value …</c>): runs the service until stdin closes, so the parent
/// can read this process's peak RSS without the generator's and load client's memory in it.
/// </summary>
internal static class ServeCommand
{
    public const string Ready = "BENCH-SERVER-READY";

    public static async Task<int> RunAsync(string[] args)
    {
        var port = 0;
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i < args.Length - 1; i += 2)
        {
            switch (args[i])
            {
                case "--port":
                    port = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--set":
                    var pair = args[i + 1].Split('=', 2);
                    settings[pair[0]] = pair[1];
                    break;
                default:
                    throw new ArgumentException($"Unknown serve option '{args[i]}'.");
            }
        }

        // The factory guesses the content root from the solution layout and misses src/; tell it where the host lives.
        var apiDir = Path.Combine(BenchOptions.RepoRoot(), "src", "KnowledgeGraph.Api");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_KNOWLEDGEGRAPH_API", Directory.Exists(apiDir) ? apiDir : AppContext.BaseDirectory);
        using var factory = new BenchServiceFactory(settings);
        factory.UseKestrel(port);
        factory.StartServer();
        await Console.Out.WriteLineAsync($"{Ready} {factory.ClientOptions.BaseAddress}").ConfigureAwait(false);
        await Console.Out.FlushAsync().ConfigureAwait(false);
        while (await Console.In.ReadLineAsync().ConfigureAwait(false) is not null)
        {
        }

        return 0;
    }
}
