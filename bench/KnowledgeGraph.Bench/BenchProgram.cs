using KnowledgeGraph.Bench.Generation;
using KnowledgeGraph.Bench.Server;

namespace KnowledgeGraph.Bench;

/// <summary>
/// <c>dotnet run -c Release --project bench/KnowledgeGraph.Bench -- --scales 1k,10k,100k</c>; see bench/README.md.
/// <c>serve …</c> is the child-process mode the run starts the service in.
/// </summary>
internal static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "serve")
        {
            return await ServeCommand.RunAsync(args).ConfigureAwait(false);
        }

        if (args.Length > 0 && args[0] == "generate")
        {
            return await GenerateCommand.RunAsync(args).ConfigureAwait(false);
        }

        using var cts = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cts.Cancel();
        };
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException or OverflowException)
        {
            await Console.Error.WriteLineAsync($"{e.Message}\n\n{BenchOptions.Usage}").ConfigureAwait(false);
            return 2;
        }

        if (options.Help)
        {
            Console.WriteLine(BenchOptions.Usage);
            return 0;
        }

        return await BenchRunner.RunAsync(options, cts.Token).ConfigureAwait(false);
    }
}
