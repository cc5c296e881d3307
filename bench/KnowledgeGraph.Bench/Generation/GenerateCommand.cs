using System.Globalization;

namespace KnowledgeGraph.Bench.Generation;

/// <summary>
/// <c>generate --bulletins N --out DIR [--chars C] [--dense]</c>: writes synthetic bulletin files, e.g. to feed the
/// service's inbox; <c>--dense</c> writes the issues the ingesting-while-serving run drops (2.3× the seeds' mentions).
/// </summary>
internal static class GenerateCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = 10;
        var chars = Corpus.SeedChars();
        var dense = args.Contains("--dense");
        var output = Path.Combine(Directory.GetCurrentDirectory(), "generated-bulletins");
        foreach (var (option, value) in Pairs(args.Where(a => a != "--dense").Skip(1).ToArray()))
        {
            switch (option)
            {
                case "--bulletins":
                    count = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--chars":
                    chars = int.Parse(value, CultureInfo.InvariantCulture);
                    break;
                case "--out":
                    output = Path.GetFullPath(value);
                    break;
                default:
                    throw new ArgumentException($"Unknown generate option '{option}'.");
            }
        }

        Directory.CreateDirectory(output);
        foreach (var (name, text) in dense ? Corpus.GeneratedDense(count, chars) : Corpus.Generated(count, chars))
        {
            await File.WriteAllTextAsync(Path.Combine(output, name), text).ConfigureAwait(false);
        }

        await Console.Out.WriteLineAsync($"{count} {(dense ? "dense " : string.Empty)}bulletins of ~{chars} chars in {output}").ConfigureAwait(false);
        return 0;
    }

    private static IEnumerable<(string Option, string Value)> Pairs(string[] args)
    {
        for (var i = 0; i < args.Length; i += 2)
        {
            yield return (args[i], i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"Generate option '{args[i]}' needs a value."));
        }
    }
}
