using System.Globalization;
using System.Text.Json;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Storage.Neo4j.Rows;

/// <summary>Domain records → the parameter rows of upsert-graph.cypher and save-bulletin.cypher.</summary>
internal static class GraphRows
{
    /// <summary>Entity.Properties are stored as node properties under this prefix, apart from the store's own keys.</summary>
    public const string PropertyPrefix = "prop.";

    public static Dictionary<string, object?> Entity(Entity e) => new(StringComparer.Ordinal)
    {
        ["id"] = e.Id,
        ["kind"] = e.Kind.ToString(),
        ["aliases"] = e.Aliases.Where(a => !string.IsNullOrWhiteSpace(a) && a != e.Name).Distinct(StringComparer.Ordinal).ToList(),
        // Stored values win over these on merge (upsert-graph.cypher), so a later bulletin only fills gaps.
        ["fields"] = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["kind"] = e.Kind.ToString(),
            ["name"] = e.Name,
            ["regionCode"] = e.RegionCode,
            ["level"] = e.Level,
            ["status"] = e.Status,
        },
        ["props"] = e.Properties.ToDictionary(p => PropertyPrefix + p.Key, p => (object?)p.Value, StringComparer.Ordinal),
    };

    public static Dictionary<string, object?> Relation(Relation r) => new(StringComparer.Ordinal)
    {
        ["id"] = r.Id,
        ["type"] = r.Kind.Code(),
        ["from"] = r.FromId,
        ["to"] = r.ToId,
        // "id" is the edge key; an attribute of that name would overwrite it.
        ["props"] = r.Properties.Where(p => p.Key != "id").ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal),
    };

    public static Dictionary<string, object?> Article(Article a) => new(StringComparer.Ordinal)
    {
        ["key"] = $"{a.BulletinId}#{a.Index}",
        ["bulletinId"] = a.BulletinId,
        ["index"] = a.Index,
        ["title"] = a.Title,
        ["start"] = a.Start,
        ["end"] = a.End,
        ["sentenceCount"] = a.SentenceCount,
    };

    public static Dictionary<string, object?> Mention(Mention m) => new(StringComparer.Ordinal)
    {
        ["key"] = m.Key,
        ["targetId"] = m.TargetId,
        ["bulletinId"] = m.BulletinId,
        ["articleIndex"] = m.ArticleIndex,
        ["articleTitle"] = m.ArticleTitle,
        ["sentenceIndex"] = m.SentenceIndex,
        ["sentence"] = m.Sentence,
        ["sentenceStart"] = m.SentenceStart,
        ["start"] = m.Start,
        ["end"] = m.End,
        ["extractorVersion"] = m.ExtractorVersion,
    };

    public static Dictionary<string, object?> Fact(QuantFact f) => new(StringComparer.Ordinal)
    {
        ["key"] = f.Key,
        ["entityId"] = f.EntityId,
        ["metric"] = f.Metric,
        // decimal has no Cypher type: the exact text, plus a float for ad-hoc arithmetic in Browser.
        ["value"] = f.Value.ToString(CultureInfo.InvariantCulture),
        ["amount"] = (double)f.Value,
        ["unit"] = f.Unit,
        ["year"] = f.Year,
        ["bulletinId"] = f.Mention.BulletinId,
        ["start"] = f.Mention.Start,
        ["mention"] = JsonSerializer.Serialize(f.Mention, RowJson.Options),
    };

    public static Dictionary<string, object?> Bulletin(Bulletin b) => new(StringComparer.Ordinal)
    {
        ["id"] = b.Id,
        ["name"] = b.Name,
        ["status"] = b.Status.ToString(),
        ["receivedAt"] = b.ReceivedAt,
        ["title"] = b.Title,
        ["error"] = b.Error,
        ["ingestedAt"] = b.IngestedAt,
        ["articles"] = b.Articles,
        ["entities"] = b.Entities,
        ["relations"] = b.Relations,
        ["sizeBytes"] = b.SizeBytes,
        ["encoding"] = b.Encoding,
    };
}

internal static class RowJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
