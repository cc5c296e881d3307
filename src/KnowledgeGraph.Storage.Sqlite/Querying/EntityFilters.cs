using System.Text;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Sqlite.Schema;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>
/// Turns an <see cref="EntityQuery"/> into WHERE conditions over <c>entities e</c>. Conditions are constant SQL
/// fragments; every value the caller gave is bound as a parameter.
/// </summary>
internal static class EntityFilters
{
    /// <summary>Adcodes are ASCII digits, so [prefix, prefix + U+FFFF) is exactly "starts with prefix" as an index range.</summary>
    public const string RegionRange = "e.region_code >= $regionLow AND e.region_code < $regionHigh";

    private static readonly string Placed = $"""
        e.no IN (SELECT r.from_no FROM relations r
                  WHERE r.kind IN (SELECT value FROM json_each($kinds))
                    AND r.to_no IN ({PlacementSql.ChainTargets}))
        """;

    private static readonly string OnSegment = $"""
        e.no IN (SELECT r.from_no FROM relations r
                  WHERE r.to_no = {Keys.TargetSql.NodeNo("$segment")} AND r.kind IN (SELECT value FROM json_each($kinds)))
        """;

    /// <summary>Trigram index lookup; the term is bound as one quoted FTS5 phrase, so no query syntax leaks through.</summary>
    private const string TextMatch = "e.no IN (SELECT t.rowid >> 16 FROM entity_text t WHERE entity_text MATCH {0})";

    /// <summary>A two-character term of indexed characters (<see cref="SearchGrams"/>): one token of the pair index.</summary>
    private const string GramMatch = "e.no IN (SELECT g.rowid >> 16 FROM entity_grams g WHERE entity_grams MATCH {0})";

    /// <summary>Any other term under three characters scans every search row.</summary>
    private const string TextLike = "e.no IN (SELECT t.rowid >> 16 FROM entity_text t WHERE t.text LIKE {0} ESCAPE '\\')";

    /// <summary>A lone first search term's condition, and the count of its matches taken in its index alone (<see cref="CountSql"/>).</summary>
    private static readonly Dictionary<string, string> IndexOnlyCounts = new(StringComparer.Ordinal)
    {
        [string.Format(System.Globalization.CultureInfo.InvariantCulture, TextMatch, "$text0")] =
            "SELECT count(DISTINCT t.rowid >> 16) FROM entity_text t WHERE entity_text MATCH $text0",
        [string.Format(System.Globalization.CultureInfo.InvariantCulture, GramMatch, "$text0")] =
            "SELECT count(DISTINCT g.rowid >> 16) FROM entity_grams g WHERE entity_grams MATCH $text0",
    };

    public static List<string> Build(EntityQuery query, SqliteCommand command)
    {
        var where = new List<string>();
        if (query.Kinds is { Count: > 0 } kinds)
        {
            where.Add("e.kind IN (SELECT value FROM json_each($entityKinds))");
            command.Parameters.AddWithValue("$entityKinds", StoredJson.Array(kinds.Select(k => k.ToString())));
        }

        if (!string.IsNullOrWhiteSpace(query.RegionPrefix))
        {
            where.Add(RegionRange);
            BindRegion(command, query.RegionPrefix.Trim());
        }

        if (!string.IsNullOrWhiteSpace(query.Chain))
        {
            where.Add(Placed);
            command.Parameters.AddWithValue("$chain", Domain.Model.EntityIds.Chain(query.Chain.Trim()));
            BindPlacementKinds(command);
        }

        if (!string.IsNullOrWhiteSpace(query.SegmentId))
        {
            where.Add(OnSegment);
            command.Parameters.AddWithValue("$segment", query.SegmentId);
            BindPlacementKinds(command);
        }

        if (!string.IsNullOrWhiteSpace(query.Level))
        {
            where.Add("e.level = $level");
            command.Parameters.AddWithValue("$level", query.Level);
        }

        if (!string.IsNullOrWhiteSpace(query.NameContains))
        {
            where.Add("e.name LIKE $nameLike ESCAPE '\\'");
            command.Parameters.AddWithValue("$nameLike", ContainsPattern(query.NameContains.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var terms = query.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            for (var i = 0; i < terms.Length; i++)
            {
                var name = $"$text{i}";
                var (condition, value) = terms[i].EnumerateRunes().Count() >= 3 ? (TextMatch, Phrase(terms[i]))
                    : SearchGrams.IsIndexed(terms[i]) ? (GramMatch, Phrase(terms[i]))
                    : (TextLike, ContainsPattern(terms[i]));
                where.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, condition, name));
                command.Parameters.AddWithValue(name, value);
            }
        }

        return where;
    }

    /// <summary>
    /// Counts the matches of <paramref name="where"/>. A search box's query (one term of three or more characters, or
    /// of two indexed ones, and no other filter) is counted in the trigram or pair index alone: every search row
    /// belongs to a node (nodes are never deleted) and carries its number, so the distinct numbers are the matching
    /// nodes, without a seek per match into <c>entities</c> (at 1M entities, 技术创新中心 matches 16,246 nodes: 4 ms
    /// against 11 ms).
    /// </summary>
    public static string CountSql(IReadOnlyList<string> where)
    {
        if (where is [var only] && IndexOnlyCounts.TryGetValue(only, out var count))
        {
            return count;
        }

        return where.Count == 0 ? "SELECT count(*) FROM entities e" : "SELECT count(*) FROM entities e WHERE " + string.Join(" AND ", where);
    }

    public static void BindRegion(SqliteCommand command, string prefix)
    {
        command.Parameters.AddWithValue("$regionLow", prefix);
        command.Parameters.AddWithValue("$regionHigh", RegionHigh(prefix));
    }

    /// <summary>The exclusive upper bound of <see cref="RegionRange"/> for <paramref name="prefix"/>.</summary>
    public static string RegionHigh(string prefix) => prefix + '\uffff';

    private static void BindPlacementKinds(SqliteCommand command)
    {
        if (!command.Parameters.Contains("$kinds"))
        {
            command.Parameters.AddWithValue("$kinds", PlacementSql.KindsJson);
        }
    }

    private static string Phrase(string term) => '"' + term.Replace("\"", "\"\"", StringComparison.Ordinal) + '"';

    private static string ContainsPattern(string term)
    {
        var escaped = new StringBuilder(term.Length + 2).Append('%');
        foreach (var c in term)
        {
            if (c is '%' or '_' or '\\')
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.Append('%').ToString();
    }
}
