using System.Globalization;

namespace KnowledgeGraph.Bench.Generation;

/// <summary><c>generate --bulletins N --out DIR [--chars C]</c>: writes synthetic bulletin files, e.g. to feed the service's inbox.</summary>
internal static class GenerateCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = 10;
        var chars = Corpus.SeedChars();
        var output = Path.Combine(Directory.GetCurrentDirectory(), "generated-bulletins");
        for (var i = 1; i < args.Length - 1; i += 2)
        {
            switch (args[i])
            {
                case "--bulletins":
                    count = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--chars":
                    chars = int.Parse(args[i + 1], CultureInfo.InvariantCulture);
                    break;
                case "--out":
                    output = Path.GetFullPath(args[i + 1]);
                    break;
                default:
                    throw new ArgumentException($"Unknown generate option '{args[i]}'.");
            }
        }

        Directory.CreateDirectory(output);
        foreach (var (name, text) in Corpus.Generated(count, chars))
        {
            await File.WriteAllTextAsync(Path.Combine(output, name), text).ConfigureAwait(false);
        }

        await Console.Out.WriteLineAsync($"{count} bulletins of ~{chars} chars in {output}").ConfigureAwait(false);
        return 0;
    }
}
