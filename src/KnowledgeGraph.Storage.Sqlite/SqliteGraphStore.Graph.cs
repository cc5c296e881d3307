using System.Globalization;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Sqlite.Reading;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Batch lookups by id: one statement per call, ids passed as one JSON array parameter (json_each).</summary>
internal sealed partial class SqliteGraphStore
{
    private const string RelationColumns = "r.from_id, r.kind, r.to_id, r.properties";

    public async Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<string, Entity>(StringComparer.Ordinal);
        }

        var entities = await ReadAsync(
            async connection =>
            {
                // Aliases by a second statement of the same command rather than a json_group_array subquery per row:
                // few entities have any, and the per-row aggregate was half the cost of a batch of a few hundred.
                using var command = connection.CreateCommand();
                command.CommandText = $"""
                    SELECT a.entity_id, a.alias FROM aliases a WHERE a.entity_id IN (SELECT value FROM json_each($ids)) ORDER BY a.entity_id, a.alias;
                    SELECT {Rows.EntityFields} FROM entities e WHERE e.id IN (SELECT value FROM json_each($ids));
                    """;
                command.Parameters.AddWithValue("$ids", StoredJson.Array(ids));
                using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    var id = reader.GetString(0);
                    if (!aliases.TryGetValue(id, out var named))
                    {
                        aliases[id] = named = [];
                    }

                    named.Add(reader.GetString(1));
                }

                await reader.NextResultAsync(cancellationToken).ConfigureAwait(false);
                var list = new List<Entity>();
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    list.Add(Rows.Entity(reader, aliases.TryGetValue(reader.GetString(0), out var own) ? own : []));
                }

                return list;
            },
            cancellationToken).ConfigureAwait(false);
        return entities.ToDictionary(e => e.Id, StringComparer.Ordinal);
    }

    public Task<IReadOnlyList<Relation>> GetRelationsAsync(
        IReadOnlyCollection<string> entityIds,
        RelationDirection direction,
        IReadOnlyCollection<RelationKind>? kinds = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        if (entityIds.Count == 0 || kinds is { Count: 0 })
        {
            return Task.FromResult<IReadOnlyList<Relation>>([]);
        }

        const string KindFilter = "($kinds IS NULL OR r.kind IN (SELECT value FROM json_each($kinds)))";
        const string Outgoing = $"SELECT {RelationColumns} FROM relations r WHERE r.from_id IN (SELECT value FROM json_each($ids)) AND {KindFilter}";
        const string Incoming = $"SELECT {RelationColumns} FROM relations r WHERE r.to_id IN (SELECT value FROM json_each($ids)) AND {KindFilter}";
        var sql = direction switch
        {
            RelationDirection.Outgoing => Outgoing,
            RelationDirection.Incoming => Incoming,
            RelationDirection.Both => $"{Outgoing} UNION {Incoming}",
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
        };

        return ReadAsync(
            async connection =>
            {
                using var command = connection.CreateCommand();
#pragma warning disable CA2100 // chosen from constants
                command.CommandText = sql + " ORDER BY 1, 2, 3";
#pragma warning restore CA2100
                command.Parameters.AddWithValue("$ids", StoredJson.Array(entityIds));
                command.Parameters.AddWithValue("$kinds", kinds is null ? DBNull.Value : StoredJson.Array(kinds.Select(k => k.Code())));
                return await command.ReadListAsync(Rows.Relation, cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<Mention>> GetMentionsAsync(IReadOnlyCollection<string> targetIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(targetIds);
        if (targetIds.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<Mention>>([]);
        }

        return ReadAsync(
            async connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"""
                    SELECT {Rows.MentionColumns} FROM mentions m
                     WHERE m.target_id IN (SELECT value FROM json_each($ids))
                     ORDER BY m.target_id, m.bulletin_id, m.start, m."end"
                    """;
                command.Parameters.AddWithValue("$ids", StoredJson.Array(targetIds));
                return await command.ReadListAsync(r => Rows.Mention(r), cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<QuantFact>> GetFactsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entityIds);
        if (entityIds.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<QuantFact>>([]);
        }

        return ReadAsync(
            async connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = """
                    SELECT f.metric, f.value, f.unit, f.year,
                           f.entity_id, f.bulletin_id, f.article_index, f.article_title, f.sentence_index, f.sentence,
                           f.sentence_start, f.start, f."end", f.extractor_version
                      FROM facts f
                     WHERE f.entity_id IN (SELECT value FROM json_each($ids))
                     ORDER BY f.entity_id, f.bulletin_id, f.start, f.metric
                    """;
                command.Parameters.AddWithValue("$ids", StoredJson.Array(entityIds));
                return await command.ReadListAsync(
                    r => new QuantFact(
                        r.GetString(4),
                        r.GetString(0),
                        decimal.Parse(r.GetString(1), NumberStyles.Number, CultureInfo.InvariantCulture),
                        r.GetString(2),
                        r.IsDBNull(3) ? null : r.GetInt32(3),
                        Rows.Mention(r, offset: 4)),
                    cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }
}
