using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Reading;

/// <summary>Column lists and row mappers shared by every read, so a column is named in one place.</summary>
internal static class Rows
{
    /// <summary>An entity's own columns; <see cref="EntityColumns"/> adds its aliases.</summary>
    public const string EntityFields = "e.id, e.kind, e.name, e.region_code, e.level, e.status, e.properties, e.first_seen, e.mention_count";

    public const string EntityColumns = $"{EntityFields}, (SELECT json_group_array(a.alias) FROM aliases a WHERE a.entity_id = e.id) AS aliases";

    public const string BulletinColumns = """
        b.id, b.name, b.status, b.received_at, b.title, b.error, b.ingested_at, b.articles, b.entities, b.relations,
        b.size_bytes, b.encoding
        """;

    /// <summary>A row of <see cref="EntityColumns"/>.</summary>
    public static Entity Entity(SqliteDataReader r) => Entity(r, StoredJson.ParseArray(NullableString(r, 9)));

    public static Entity Entity(SqliteDataReader r, IReadOnlyList<string> aliases) =>
        new(r.GetString(0), Enum.Parse<EntityKind>(r.GetString(1)), r.GetString(2))
        {
            RegionCode = NullableString(r, 3),
            Level = NullableString(r, 4),
            Status = NullableString(r, 5),
            Properties = StoredJson.ParseProperties(r.GetString(6)),
            FirstSeen = Seen(r.GetInt64(7)),
            MentionCount = r.GetInt32(8),
            Aliases = aliases,
        };

    /// <summary>A row of <see cref="EntityFields"/>; its aliases, when it has any, from <paramref name="aliases"/>.</summary>
    public static Entity Entity(RawQuery r, IReadOnlyDictionary<string, List<string>> aliases)
    {
        var id = r.Text(0);
        return new(id, r.Repeated(1, Enum.Parse<EntityKind>), r.Text(2))
        {
            RegionCode = r.NullableText(3),
            Level = r.NullableText(4),
            Status = r.NullableText(5),
            Properties = StoredJson.ParseProperties(r.Text(6)),
            FirstSeen = Seen(r.Long(7)),
            MentionCount = r.Int(8),
            Aliases = aliases.TryGetValue(id, out var own) ? own : [],
        };
    }

    /// <summary>
    /// A mention of <paramref name="targetId"/> (a read by number knows the id it asked for); from
    /// <paramref name="offset"/> on: bulletin id, article index and title, sentence index, text and start, span start
    /// and end, extractor version (<see cref="SqliteGraphStore.GetMentionsSql"/>, and the facts read).
    /// </summary>
    public static Mention Mention(SqliteDataReader r, string targetId, int offset) =>
        new(
            targetId,
            r.GetString(offset),
            r.GetInt32(offset + 1),
            r.GetString(offset + 2),
            r.GetInt32(offset + 3),
            r.GetString(offset + 4),
            r.GetInt32(offset + 5),
            r.GetInt32(offset + 6),
            r.GetInt32(offset + 7),
            r.GetString(offset + 8));

    public static Bulletin Bulletin(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), Enum.Parse<BulletinStatus>(r.GetString(2)), Time(r.GetInt64(3)))
        {
            Title = NullableString(r, 4),
            Error = NullableString(r, 5),
            IngestedAt = NullableTime(r, 6),
            Articles = r.GetInt32(7),
            Entities = r.GetInt32(8),
            Relations = r.GetInt32(9),
            SizeBytes = r.GetInt64(10),
            Encoding = NullableString(r, 11),
        };

    public static Article Article(SqliteDataReader r) =>
        new(r.GetString(0), r.GetInt32(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4), r.GetInt32(5));

    public static long Ticks(DateTimeOffset time) => time.UtcTicks;

    private static DateTimeOffset? Seen(long ticks) => ticks == SqliteSchema.NeverSeen ? null : Time(ticks);

    public static DateTimeOffset Time(long ticks) => new(ticks, TimeSpan.Zero);

    public static string? NullableString(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : r.GetString(ordinal);

    private static DateTimeOffset? NullableTime(SqliteDataReader r, int ordinal) => r.IsDBNull(ordinal) ? null : Time(r.GetInt64(ordinal));
}
