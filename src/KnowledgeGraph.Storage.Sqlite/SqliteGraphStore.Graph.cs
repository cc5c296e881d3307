using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Storage.Sqlite.Querying;
using KnowledgeGraph.Storage.Sqlite.Reading;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Batch lookups by id: one statement per call, ids passed as one JSON array parameter (json_each).</summary>
internal sealed partial class SqliteGraphStore
{
    /// <summary>
    /// The nodes of the ids in <c>$ids</c> (<see cref="StoredJson.Ids"/>), one seek each in the order given.
    /// <c>e.id IN (SELECT … json_each)</c> first built a temporary index of the list: for the 500 placed nodes of a
    /// chain at 1M entities, the mention-count statement took 1.2 ms that way against 0.6–0.7 ms joined (0.91–1.24
    /// against 0.73–1.01 ms for the whole store call).
    /// </summary>
    internal const string EntitiesByIdSql = "json_each($ids) i CROSS JOIN entities e ON e.id = i.value";

    /// <summary>A node summary's columns: number, id, kind, name, region.</summary>
    private const string SummaryColumns = "e.no, e.id, e.kind, e.name, e.region_code";

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ReadByIdsAsync(
            ids,
            (connection, idsJson) =>
            {
                // Aliases by a statement of their own rather than a json_group_array subquery per row: few entities
                // have any, and the per-row aggregate was half the cost of a batch of a few hundred.
                var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
                using (var named = new RawQuery(connection, "SELECT a.entity_id, a.alias FROM aliases a WHERE a.entity_id IN (SELECT value FROM json_each($ids)) ORDER BY a.entity_id, a.alias"))
                {
                    named.Bind("$ids", idsJson);
                    while (named.Next(cancellationToken))
                    {
                        var id = named.Text(0);
                        if (!aliases.TryGetValue(id, out var list))
                        {
                            aliases[id] = list = [];
                        }

                        list.Add(named.Text(1));
                    }
                }

                using var query = new RawQuery(connection, $"SELECT {Rows.EntityFields} FROM {EntitiesByIdSql}");
                query.Bind("$ids", idsJson);
                return query.ReadAll(r => Rows.Entity(r, aliases), cancellationToken).ToDictionary(e => e.Id, StringComparer.Ordinal);
            },
            cancellationToken);

    /// <summary>
    /// Only the entity's own row, four columns of it: no aliases, properties or counts to read and parse. Summaries
    /// that can no longer change come from memory (<see cref="SettledSummaries"/>); only the others are read.
    /// </summary>
    /// <remarks>
    /// Memory is asked before a connection is taken: a chain map's link ends (~300 at 1M) are nearly always all
    /// settled, and the read gate, a pooled connection and an empty statement were then all the call cost.
    /// </remarks>
    public async Task<IReadOnlyDictionary<string, Entity>> GetEntitySummariesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new Dictionary<string, Entity>(ids.Count, StringComparer.Ordinal);
        var missing = settled.Take(ids, found);
        if (missing.Count > 0)
        {
            await ReadAsync(connection => Task.FromResult(ReadSummaries(connection, missing, found, cancellationToken)), cancellationToken).ConfigureAwait(false);
        }

        return found;
    }

    public Task<IReadOnlyDictionary<string, int>> GetMentionCountsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        ReadByIdsAsync(
            ids,
            (connection, idsJson) =>
            {
                using var query = new RawQuery(connection, $"SELECT e.id, e.mention_count FROM {EntitiesByIdSql}");
                query.Bind("$ids", idsJson);
                var counts = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
                while (query.Next(cancellationToken))
                {
                    counts[query.Text(0)] = query.Int(1);
                }

                return counts;
            },
            cancellationToken);

    /// <summary>
    /// Reads the summaries of <paramref name="missing"/> (ids memory did not hold) into <paramref name="found"/> on an
    /// open read connection, and keeps the settled ones in memory.
    /// </summary>
    private Dictionary<string, Entity> ReadSummaries(SqliteConnection connection, IReadOnlyCollection<string> missing, Dictionary<string, Entity> found, CancellationToken cancellationToken)
    {
        foreach (var (_, entity) in ReadSummaries(connection, $"SELECT {SummaryColumns} FROM {EntitiesByIdSql}", StoredJson.Ids(missing), cancellationToken))
        {
            found[entity.Id] = entity;
        }

        return found;
    }

    /// <summary>The summaries of node numbers memory did not hold, by number; kept in memory when settled.</summary>
    private Dictionary<long, Entity> ReadSummaries(SqliteConnection connection, IReadOnlyCollection<long> missing, CancellationToken cancellationToken)
    {
        var read = ReadSummaries(connection, $"SELECT {SummaryColumns} FROM json_each($ids) i CROSS JOIN entities e ON e.no = i.value", StoredJson.Numbers(missing), cancellationToken);
        var found = new Dictionary<long, Entity>(read.Count);
        foreach (var (no, entity) in read)
        {
            found[no] = entity;
        }

        return found;
    }

    private List<(long No, Entity Entity)> ReadSummaries(SqliteConnection connection, string sql, string idsJson, CancellationToken cancellationToken)
    {
        using var query = new RawQuery(connection, sql);
        query.Bind("$ids", idsJson);
        var read = query.ReadAll(
            r => (r.Long(0), new Entity(r.Text(1), r.Repeated(2, Enum.Parse<EntityKind>), r.Text(3)) { RegionCode = r.NullableText(4) }),
            cancellationToken);
        settled.Keep(read);
        return read;
    }

    /// <summary>The shared shell of the by-id reads: empty input reads nothing, ids go in as one JSON array.</summary>
    private async Task<IReadOnlyDictionary<string, T>> ReadByIdsAsync<T>(
        IReadOnlyCollection<string> ids, Func<SqliteConnection, string, Dictionary<string, T>> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        if (ids.Count == 0)
        {
            return new Dictionary<string, T>(StringComparer.Ordinal);
        }

        var idsJson = StoredJson.Ids(ids);
        return await ReadAsync(connection => Task.FromResult(read(connection, idsJson)), cancellationToken).ConfigureAwait(false);
    }
}
