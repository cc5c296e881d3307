using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>
/// The bad-input corpus in BadInput/ (written by tools/bad-input/make-corpus.py) and its manifest: what the service
/// must make of every file. Files that are pointless to keep in git (100 MB) are made by the tests.
/// </summary>
internal static class BadInputCorpus
{
    private static readonly Lazy<IReadOnlyList<CorpusEntry>> Manifest = new(Load);

    public static string Directory { get; } = Path.Combine(FindRoot(), "tests", "KnowledgeGraph.Api.Tests", "Ingestion", "BadInput");

    public static string Seeds { get; } = Path.Combine(FindRoot(), "seeds");

    public static IReadOnlyList<CorpusEntry> Entries => Manifest.Value;

    public static TheoryData<string> FileNames()
    {
        var data = new TheoryData<string>();
        foreach (var entry in Entries)
        {
            data.Add(entry.File);
        }

        return data;
    }

    public static CorpusEntry Get(string file) => Entries.Single(e => e.File == file);

    public static byte[] Bytes(string file) => File.ReadAllBytes(Path.Combine(Directory, file));

    private static List<CorpusEntry> Load()
    {
        var json = File.ReadAllText(Path.Combine(Directory, "manifest.json"));
        return JsonSerializer.Deserialize<List<CorpusEntry>>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("KnowledgeGraph.sln not found above the test output folder.");
    }
}

/// <summary>One manifest row. <see cref="Decoder"/> is the expected encoding label, or the expected failure kind.</summary>
internal sealed record CorpusEntry(
    [property: JsonPropertyName("file")] string File,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("decoder")] string Decoder,
    [property: JsonPropertyName("note")] string Note);
