using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Storage.Neo4j.Rows;

/// <summary>Property maps read back from Neo4j → domain records (the inverse of <see cref="GraphRows"/>).</summary>
internal static class RecordMapping
{
    public static Entity Entity(IReadOnlyDictionary<string, object?> p) =>
        new(Str(p, "id")!, Enum.Parse<EntityKind>(Str(p, "kind")!), Str(p, "name") ?? string.Empty)
        {
            Aliases = p.GetValueOrDefault("aliases") is IEnumerable<object?> aliases ? [.. aliases.OfType<string>()] : [],
            RegionCode = Str(p, "regionCode"),
            Level = Str(p, "level"),
            Status = Str(p, "status"),
            Properties = p.Where(kv => kv.Key.StartsWith(GraphRows.PropertyPrefix, StringComparison.Ordinal) && kv.Value is string)
                .ToDictionary(kv => kv.Key[GraphRows.PropertyPrefix.Length..], kv => (string)kv.Value!, StringComparer.Ordinal),
            MentionCount = (int)Int(p, "mentionCount"),
            FirstSeen = p.GetValueOrDefault("firstSeen") as DateTimeOffset?,
        };

    public static Relation Relation(string fromId, string type, string toId, IReadOnlyDictionary<string, object?> props) =>
        new(fromId, RelationKinds.Parse(type), toId)
        {
            Properties = props.Where(kv => kv.Key != "id" && kv.Value is not null)
                .ToDictionary(kv => kv.Key, kv => Convert.ToString(kv.Value, CultureInfo.InvariantCulture)!, StringComparer.Ordinal),
        };

    public static Article Article(IReadOnlyDictionary<string, object?> p) =>
        new(Str(p, "bulletinId")!, (int)Int(p, "index"), Str(p, "title") ?? string.Empty, (int)Int(p, "start"), (int)Int(p, "end"), (int)Int(p, "sentenceCount"));

    public static Mention Mention(IReadOnlyDictionary<string, object?> p) =>
        new(
            Str(p, "targetId")!,
            Str(p, "bulletinId")!,
            (int)Int(p, "articleIndex"),
            Str(p, "articleTitle") ?? string.Empty,
            (int)Int(p, "sentenceIndex"),
            Str(p, "sentence") ?? string.Empty,
            (int)Int(p, "sentenceStart"),
            (int)Int(p, "start"),
            (int)Int(p, "end"),
            Str(p, "extractorVersion") ?? string.Empty);

    public static QuantFact Fact(IReadOnlyDictionary<string, object?> p) =>
        new(
            Str(p, "entityId")!,
            Str(p, "metric")!,
            decimal.Parse(Str(p, "value")!, NumberStyles.Number, CultureInfo.InvariantCulture),
            Str(p, "unit") ?? string.Empty,
            p.GetValueOrDefault("year") is long year ? (int)year : null,
            JsonSerializer.Deserialize<Mention>(Str(p, "mention")!, RowJson.Options)!);

    public static Bulletin Bulletin(IReadOnlyDictionary<string, object?> p) =>
        new(Str(p, "id")!, Str(p, "name") ?? string.Empty, Enum.Parse<BulletinStatus>(Str(p, "status")!), (DateTimeOffset)p["receivedAt"]!)
        {
            Title = Str(p, "title"),
            Error = Str(p, "error"),
            IngestedAt = p.GetValueOrDefault("ingestedAt") as DateTimeOffset?,
            Articles = (int)Int(p, "articles"),
            Entities = (int)Int(p, "entities"),
            Relations = (int)Int(p, "relations"),
            SizeBytes = Int(p, "sizeBytes"),
            Encoding = Str(p, "encoding"),
        };

    public static Placement Placement(QueryApi.QueryRecord r) =>
        new(
            r.String("segmentId")!,
            r.String("entityId")!,
            Enum.Parse<EntityKind>(r.String("kind")!),
            r.String("name") ?? string.Empty,
            r.String("regionCode"),
            RelationKinds.Parse(r.String("via")!))
        {
            Role = r.String("role"),
        };

    private static string? Str(IReadOnlyDictionary<string, object?> p, string key) => p.GetValueOrDefault(key) as string;

    private static long Int(IReadOnlyDictionary<string, object?> p, string key) => p.GetValueOrDefault(key) is long l ? l : 0;
}
