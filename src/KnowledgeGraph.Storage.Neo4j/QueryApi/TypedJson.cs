using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace KnowledgeGraph.Storage.Neo4j.QueryApi;

/// <summary>
/// Neo4j's typed JSON (media type application/vnd.neo4j.query): every value is {"$type": …, "_value": …}, so
/// integers stay 64-bit, floats exact and datetimes datetimes in both directions. Plain JSON is read too.
/// </summary>
internal static class TypedJson
{
    public const string MediaType = "application/vnd.neo4j.query";

    public static void Write(Utf8JsonWriter writer, object? value)
    {
        // Hot path for batches of many rows: the common types first, no closures per value.
        switch (value)
        {
            case string s:
                Start(writer, "String");
                writer.WriteStringValue(s);
                break;
            case null:
                Start(writer, "Null");
                writer.WriteNullValue();
                break;
            case int or long or short or byte:
                Start(writer, "Integer");
                writer.WriteStringValue(Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
                break;
            case bool b:
                Start(writer, "Boolean");
                writer.WriteBooleanValue(b);
                break;
            case Dictionary<string, object?> row:
                WriteMap(writer, row);
                return;
            case double or float or decimal:
                Start(writer, "Float");
                writer.WriteStringValue(Convert.ToDouble(value, CultureInfo.InvariantCulture).ToString("R", CultureInfo.InvariantCulture));
                break;
            case DateTimeOffset d:
                Start(writer, "OffsetDateTime");
                writer.WriteStringValue(d.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffffzzz", CultureInfo.InvariantCulture));
                break;
            case Enum e:
                Start(writer, "String");
                writer.WriteStringValue(e.ToString());
                break;
            case IEnumerable<KeyValuePair<string, object?>> map:
                WriteMap(writer, map);
                return;
            case IEnumerable<KeyValuePair<string, string>> strings:
                WriteMap(writer, strings.Select(p => new KeyValuePair<string, object?>(p.Key, p.Value)));
                return;
            case IEnumerable list:
                writer.WriteStartObject();
                writer.WriteString("$type", "List");
                writer.WriteStartArray("_value");
                foreach (var item in list)
                {
                    Write(writer, item);
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
                return;
            default:
                throw new ArgumentException($"No Cypher type for a parameter of type {value.GetType().Name}.", nameof(value));
        }

        writer.WriteEndObject();
    }

    public static object? Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty("$type", out var typeProperty))
        {
            return ReadPlain(element);
        }

        var value = element.GetProperty("_value");
        return typeProperty.GetString() switch
        {
            "Null" => null,
            "Boolean" => value.GetBoolean(),
            "Integer" => long.Parse(Text(value), CultureInfo.InvariantCulture),
            "Float" => double.Parse(Text(value), NumberStyles.Float, CultureInfo.InvariantCulture),
            "String" => value.GetString(),
            "Base64" => Convert.FromBase64String(value.GetString() ?? string.Empty),
            "List" or "Path" => value.EnumerateArray().Select(Read).ToList(),
            "Map" => ReadMap(value),
            "OffsetDateTime" or "ZonedDateTime" => ParseDateTime(value.GetString()!),
            "Node" => new CypherNode(
                value.GetProperty("_element_id").GetString()!,
                [.. value.GetProperty("_labels").EnumerateArray().Select(l => l.GetString()!)],
                ReadMap(value.GetProperty("_properties"))),
            "Relationship" => new CypherRelationship(
                value.GetProperty("_element_id").GetString()!,
                value.GetProperty("_start_node_element_id").GetString()!,
                value.GetProperty("_end_node_element_id").GetString()!,
                value.GetProperty("_type").GetString()!,
                ReadMap(value.GetProperty("_properties"))),
            // Date, Time, LocalDateTime, Duration, Point …: the ISO / WKT text; this store does not write them.
            _ => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText(),
        };
    }

    private static void Start(Utf8JsonWriter writer, string type)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", type);
        writer.WritePropertyName("_value");
    }

    private static void WriteMap(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, object?>> map)
    {
        writer.WriteStartObject();
        writer.WriteString("$type", "Map");
        writer.WriteStartObject("_value");
        foreach (var (key, item) in map)
        {
            writer.WritePropertyName(key);
            Write(writer, item);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static Dictionary<string, object?> ReadMap(JsonElement map)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in map.EnumerateObject())
        {
            result[property.Name] = Read(property.Value);
        }

        return result;
    }

    private static object? ReadPlain(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var l) ? l : element.GetDouble(),
        JsonValueKind.Array => element.EnumerateArray().Select(Read).ToList(),
        _ => ReadMap(element),
    };

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    // Zoned values carry a region after the offset: 2015-11-21T21:40:32.142+01:00[Europe/Paris].
    private static DateTimeOffset ParseDateTime(string text)
    {
        var bracket = text.IndexOf('[', StringComparison.Ordinal);
        var iso = bracket < 0 ? text : text[..bracket];
        return DateTimeOffset.Parse(iso, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
    }
}
