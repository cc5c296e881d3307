using System.Text.Json;
using System.Text.Json.Serialization;

namespace KnowledgeGraph.Extraction.Evaluation;

/// <summary>A hand-written gold annotation of one bulletin (tests/…/Gold/*.gold.json, format in Gold/FORMAT.md).</summary>
public sealed record GoldStandard(
    string Bulletin,
    IReadOnlyList<GoldEntity> Entities,
    IReadOnlyList<GoldRelation> Relations,
    IReadOnlyList<IReadOnlyList<string>> AliasPairs)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true, ReadCommentHandling = JsonCommentHandling.Skip };

    public static GoldStandard Parse(string json) =>
        JsonSerializer.Deserialize<GoldStandard>(json, Json) ?? throw new InvalidDataException("Empty gold file.");

    public static GoldStandard Load(string path) => Parse(File.ReadAllText(path));
}

public sealed record GoldEntity(string Type, string Name)
{
    public IReadOnlyList<string>? Aliases { get; init; }

    public string? Region { get; init; }

    public string? Level { get; init; }

    public string? Status { get; init; }
}

public sealed record GoldRelation(string From, string Type, string To)
{
    [JsonIgnore]
    public string Key => $"{From}|{Type}|{To}";
}
