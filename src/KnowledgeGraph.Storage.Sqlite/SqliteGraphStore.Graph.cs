using System.Globalization;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Sqlite.Keys;
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
        var read = ReadSummaries(connection, $"SELECT {SummaryColumns} FROM json_each($ids) i CROSS JOIN entities e ON e.no = i.value", "[" + string.Join(',', missing) + "]", cancellationToken);
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

        var sql = RelationsSql(direction, withKinds: kinds is not null);
        var idsJson = StoredJson.Ids(entityIds);
        var span = kinds is null ? null : KindSpan.Of(kinds);
        return ReadAsync(
            connection =>
            {
                using var query = new RawQuery(connection, sql);
                query.Bind("$ids", idsJson);
                if (span is not null)
                {
                    query.Bind("$kindLow", span.Low).Bind("$kindHigh", span.High).Bind("$kindList", span.List);
                }

                var rows = query.ReadAll(
                    r => (Known: r.Text(0), Kind: r.Repeated(1, RelationKinds.Parse), Far: r.Long(2), Properties: r.Repeated(3), Outgoing: r.Int(4) == 1),
                    cancellationToken);
                var far = IdsOf(connection, rows.Select(r => r.Far), cancellationToken);
                var relations = new List<Relation>(rows.Count);
                foreach (var (known, kind, farNo, properties, outgoing) in rows)
                {
                    var farId = far[farNo];
                    relations.Add(new Relation(outgoing ? known : farId, kind, outgoing ? farId : known) { Properties = StoredJson.ParseProperties(properties) });
                }

                return Task.FromResult(InKeyOrder(relations));
            },
            cancellationToken);
    }

    /// <summary>
    /// One seek per id and direction, over the id's edges whose kind lies between the lowest and highest kind asked
    /// for, kept when their kind is in the list (<see cref="KindSpan"/>). A seek per (id, kind) pair cost more than
    /// the few edges between: at 1M entities the chain map's link read (69 ids, 6 kinds, both directions: 828 seeks
    /// for 398 edges) took 0.67–0.89 ms against 0.42–0.58 ms with 138. A single kind is its own span, so it is still
    /// one exact seek. IN (SELECT … json_each) lists and UNION each built a small temporary B-tree per read (an 88 KB
    /// block of pages apiece); order and duplicates are settled in <see cref="InKeyOrder"/> instead. Without kinds the
    /// range is left out rather than bound to NULL.
    /// </summary>
    internal static string RelationsSql(RelationDirection direction, bool withKinds)
    {
        var kindMatch = withKinds
            ? " AND r.kind BETWEEN $kindLow AND $kindHigh WHERE instr($kindList, ',' || r.kind || ',') > 0"
            : string.Empty;
        var outgoing = $"SELECT n.id, r.kind, r.to_no, r.properties, 1 FROM nodes n CROSS JOIN relations r ON r.from_no = n.no{kindMatch}";
        var incoming = $"SELECT n.id, r.kind, r.from_no, r.properties, 0 FROM nodes n CROSS JOIN relations r ON r.to_no = n.no{kindMatch}";
        var read = direction switch
        {
            RelationDirection.Outgoing => outgoing,
            RelationDirection.Incoming => incoming,
            RelationDirection.Both => $"{outgoing} UNION ALL {incoming}",
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
        };
        return $"WITH {TargetSql.Nodes} {read}";
    }

    /// <summary>
    /// The ids of node numbers (an edge's far ends): from memory (<see cref="SettledSummaries"/>, <see cref="NodeIds"/>),
    /// the rest in one statement. Reading each far end's id in the edge read itself was a seek into a node row per
    /// edge: at 1M entities a chain map's ~400 link edges took its CPU from 1.9 to 3.7 ms.
    /// </summary>
    private Dictionary<long, string> IdsOf(SqliteConnection connection, IEnumerable<long> numbers, CancellationToken cancellationToken)
    {
        var ids = new Dictionary<long, string>();
        List<long>? missing = null;
        foreach (var no in numbers)
        {
            if (ids.ContainsKey(no))
            {
                continue;
            }

            if (settled.TryGet(no, out var node))
            {
                ids[no] = node.Id;
            }
            else if (nodeIds.TryGet(no, out var id))
            {
                ids[no] = id!;
            }
            else
            {
                (missing ??= []).Add(no);
            }
        }

        if (missing is not null)
        {
            using var query = new RawQuery(connection, $"SELECT i.value, {TargetSql.NodeId("i.value")} FROM json_each($ids) i");
            query.Bind("$ids", "[" + string.Join(',', missing.Distinct()) + "]");
            while (query.Next(cancellationToken))
            {
                var (no, id) = (query.Long(0), query.Text(1));
                ids[no] = id;
                nodeIds.Keep(no, id);
            }
        }

        return ids;
    }

    /// <summary>
    /// ORDER BY from_id, kind, to_id in SQLite's BINARY collation, each edge once (an edge between two of the ids is
    /// read by both halves of a Both read).
    /// </summary>
    private static IReadOnlyList<Relation> InKeyOrder(List<Relation> rows)
    {
        rows.Sort(static (x, y) =>
        {
            var order = BinaryCollation.Compare(x.FromId, y.FromId);
            order = order != 0 ? order : string.CompareOrdinal(x.Kind.Code(), y.Kind.Code());
            return order != 0 ? order : BinaryCollation.Compare(x.ToId, y.ToId);
        });
        var kept = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (kept == 0 || rows[kept - 1].Kind != rows[i].Kind
                || !string.Equals(rows[kept - 1].FromId, rows[i].FromId, StringComparison.Ordinal)
                || !string.Equals(rows[kept - 1].ToId, rows[i].ToId, StringComparison.Ordinal))
            {
                rows[kept++] = rows[i];
            }
        }

        rows.RemoveRange(kept, rows.Count - kept);
        return rows;
    }

    /// <summary>
    /// The spans of the target numbers in <c>$nos</c> (<see cref="TargetResolver"/>), each of the two span tables joined
    /// on its own: through a union of the two, SQLite (3.40 at least) materialises the whole union instead of seeking
    /// each table by target.
    /// </summary>
    internal const string GetMentionsSql = """
        SELECT m.target_no, b.bulletin_id, s.article_index, s.article_title, s.sentence_index, s.sentence, s.sentence_start,
               m.start, m."end", m.extractor_version
          FROM json_each($nos) t
         CROSS JOIN mention_spans m ON m.target_no = t.value
          JOIN sources b ON b.no = m.source_no
          JOIN sentences s ON s.id = m.sentence_id
        UNION ALL
        SELECT m.target_no, b.bulletin_id, s.article_index, s.article_title, s.sentence_index, s.sentence, s.sentence_start,
               m.start, m."end", m.extractor_version
          FROM json_each($nos) t
         CROSS JOIN mention_spans_recent m ON m.target_no = t.value
          JOIN sources b ON b.no = m.source_no
          JOIN sentences s ON s.id = m.sentence_id
        """;

    internal const string GetFactsSql = """
        SELECT f.metric, f.value, f.unit, f.year,
               f.entity_no, b.bulletin_id, s.article_index, s.article_title, s.sentence_index, s.sentence,
               s.sentence_start, f.start, f."end", f.extractor_version
          FROM json_each($nos) t
         CROSS JOIN fact_rows f ON f.entity_no = t.value
          JOIN sources b ON b.no = f.source_no
          JOIN sentences s ON s.id = f.sentence_id
        """;

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
                var ids = TargetResolver.Resolve(connection, targetIds, cancellationToken);
                if (ids.Count == 0)
                {
                    return (IReadOnlyList<Mention>)[];
                }

                using var command = connection.CreateCommand();
                command.CommandText = GetMentionsSql;
                command.Parameters.AddWithValue("$nos", Numbers(ids));
                var mentions = await command.ReadListAsync(r => Rows.Mention(r, ids[r.GetInt64(0)], offset: 1), cancellationToken).ConfigureAwait(false);
                // ORDER BY target id, bulletin id, span in SQLite's BINARY collation, as the store has always returned them.
                return [.. mentions.OrderBy(m => m.TargetId, BinaryCollation.Comparer).ThenBy(m => m.BulletinId, BinaryCollation.Comparer).ThenBy(m => m.Start).ThenBy(m => m.End)];
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
                var ids = TargetResolver.Resolve(connection, entityIds, cancellationToken);
                if (ids.Count == 0)
                {
                    return (IReadOnlyList<QuantFact>)[];
                }

                using var command = connection.CreateCommand();
                command.CommandText = GetFactsSql;
                command.Parameters.AddWithValue("$nos", Numbers(ids));
                var facts = await command.ReadListAsync(
                    r =>
                    {
                        var entity = ids[r.GetInt64(4)];
                        return new QuantFact(
                            entity,
                            r.GetString(0),
                            decimal.Parse(r.GetString(1), NumberStyles.Number, CultureInfo.InvariantCulture),
                            r.GetString(2),
                            r.IsDBNull(3) ? null : r.GetInt32(3),
                            Rows.Mention(r, entity, offset: 5));
                    },
                    cancellationToken).ConfigureAwait(false);
                return [.. facts.OrderBy(f => f.EntityId, BinaryCollation.Comparer).ThenBy(f => f.Mention.BulletinId, BinaryCollation.Comparer)
                    .ThenBy(f => f.Mention.Start).ThenBy(f => f.Metric, BinaryCollation.Comparer)];
            },
            cancellationToken);
    }

    private static string Numbers(Dictionary<long, string> ids) =>
        "[" + string.Join(',', ids.Keys.Select(no => no.ToString(CultureInfo.InvariantCulture))) + "]";
}
