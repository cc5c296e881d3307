using System.Collections.Frozen;
using System.Text;

namespace KnowledgeGraph.Storage.Neo4j.Cypher;

/// <summary>
/// The statements of the repo's cypher/*.cypher files, embedded in this assembly. The files are the single source of
/// every statement the store runs: they are linted in CI and run as they are in Neo4j Browser.
/// </summary>
internal sealed class CypherStatements
{
    private const string Prefix = "cypher/";
    private readonly FrozenDictionary<string, IReadOnlyList<string>> files;

    private CypherStatements(FrozenDictionary<string, IReadOnlyList<string>> files) => this.files = files;

    public static CypherStatements Embedded { get; } = LoadEmbedded();

    public IEnumerable<string> Names => files.Keys;

    /// <summary>The one statement of a file (name without .cypher).</summary>
    public string this[string name] => All(name) is [var single]
        ? single
        : throw new InvalidOperationException($"cypher/{name}.cypher holds {All(name).Count} statements; expected one.");

    /// <summary>Every statement of a multi-statement file such as schema.cypher, in file order.</summary>
    public IReadOnlyList<string> All(string name) =>
        files.TryGetValue(name, out var statements) ? statements : throw new KeyNotFoundException($"cypher/{name}.cypher is not embedded.");

    /// <summary>Splits on ';' outside string literals, quoted names and comments; drops empty and comment-only parts.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var statements = new List<string>();
        var start = 0;
        char? quote = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } q)
            {
                if (c == '\\' && q != '`')
                {
                    i++;
                }
                else if (c == q)
                {
                    quote = null;
                }
            }
            else if (c is '\'' or '"' or '`')
            {
                quote = c;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '/')
            {
                i = text.IndexOf('\n', i) is var end and >= 0 ? end : text.Length;
            }
            else if (c == '/' && i + 1 < text.Length && text[i + 1] == '*')
            {
                i = text.IndexOf("*/", i + 2, StringComparison.Ordinal) is var end and >= 0 ? end + 1 : text.Length;
            }
            else if (c == ';')
            {
                statements.Add(text[start..i]);
                start = i + 1;
            }
        }

        statements.Add(text[start..]);
        return [.. statements.Where(HasCode).Select(s => s.Trim())];
    }

    private static bool HasCode(string statement) =>
        statement.Split('\n').Any(line => line.Trim() is { Length: > 0 } t && !t.StartsWith("//", StringComparison.Ordinal));

    private static CypherStatements LoadEmbedded()
    {
        var assembly = typeof(CypherStatements).Assembly;
        var files = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            files[resource[Prefix.Length..^".cypher".Length]] = Split(reader.ReadToEnd());
        }

        return new CypherStatements(files.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
