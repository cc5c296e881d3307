using System.Text.Encodings.Web;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>JSON as stored in property columns and passed to json_each parameters.</summary>
internal static class StoredJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        // Stored text, never HTML: keep Chinese readable in the file.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly Dictionary<string, string> NoProperties = [];

    public static string Properties(IReadOnlyDictionary<string, string> properties) =>
        properties.Count == 0 ? "{}" : JsonSerializer.Serialize(properties, Options);

    public static IReadOnlyDictionary<string, string> ParseProperties(string json) =>
        json is "{}" or "" ? NoProperties : JsonSerializer.Deserialize<Dictionary<string, string>>(json, Options) ?? NoProperties;

    public static string Array(IEnumerable<string> values) => JsonSerializer.Serialize(values, Options);

    /// <summary>
    /// Ids for a <c>json_each($ids)</c> joined to a table, each once: a join gives a row per list entry, where the
    /// IN list it replaced gave one per match.
    /// </summary>
    public static string Ids(IEnumerable<string> ids) => Array(ids.Distinct(StringComparer.Ordinal));

    /// <summary>Node or edge numbers for a <c>json_each</c> parameter, each once.</summary>
    public static string Numbers(IEnumerable<long> numbers) =>
        "[" + string.Join(',', numbers.Distinct().Select(no => no.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]";

    public static IReadOnlyList<string> ParseArray(string? json) =>
        json is null or "[]" or "" ? [] : JsonSerializer.Deserialize<string[]>(json, Options) ?? [];
}
