using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Sqlite.Keys;
using KnowledgeGraph.Storage.Sqlite.Querying;
using KnowledgeGraph.Storage.Sqlite.Reading;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

/// <summary>Edges of a batch of ids, read by the ids' numbers; far ends turned back into ids from memory where it can.</summary>
internal sealed partial class SqliteGraphStore
{
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
        var span = kinds is null ? null : KindSpan.Of(kinds);
        return ReadAsync(
            connection =>
            {
                // Numbered first, from memory where the ids were seen before: numbering them inside the read was a
                // text seek per id and direction.
                var numbered = TargetResolver.NodeNumbers(connection, entityIds, knownNumbers, cancellationToken);
                if (numbered.Count == 0)
                {
                    return Task.FromResult<IReadOnlyList<Relation>>([]);
                }

                var ids = new List<string>(numbered.Count);
                var nos = new List<long>(numbered.Count);
                foreach (var (id, no) in numbered)
                {
                    ids.Add(id);
                    nos.Add(no);
                }

                using var query = new RawQuery(connection, sql);
                query.Bind("$nos", StoredJson.Numbers(nos));
                if (span is not null)
                {
                    query.Bind("$kindLow", span.Low).Bind("$kindHigh", span.High).Bind("$kindList", span.List);
                }

                var rows = query.ReadAll(
                    r => (Known: ids[r.Int(0)], Kind: r.Repeated(1, RelationKinds.Parse), Far: r.Long(2), Properties: r.Repeated(3), Outgoing: r.Int(4) == 1),
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
        var outgoing = $"SELECT n.key, r.kind, r.to_no, r.properties, 1 FROM json_each($nos) n CROSS JOIN relations r ON r.from_no = n.value{kindMatch}";
        var incoming = $"SELECT n.key, r.kind, r.from_no, r.properties, 0 FROM json_each($nos) n CROSS JOIN relations r ON r.to_no = n.value{kindMatch}";
        var read = direction switch
        {
            RelationDirection.Outgoing => outgoing,
            RelationDirection.Incoming => incoming,
            RelationDirection.Both => $"{outgoing} UNION ALL {incoming}",
            _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, null),
        };
        return read;
    }

    /// <summary>
    /// The ids of node numbers (an edge's far ends): from memory (<see cref="SettledSummaries"/>, <see cref="KnownNumbers"/>),
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
            else if (knownNumbers.TryGetId(no, out var id))
            {
                ids[no] = id;
            }
            else
            {
                (missing ??= []).Add(no);
            }
        }

        if (missing is not null)
        {
            using var query = new RawQuery(connection, $"SELECT i.value, {TargetSql.NodeId("i.value")} FROM json_each($ids) i");
            query.Bind("$ids", StoredJson.Numbers(missing));
            while (query.Next(cancellationToken))
            {
                var (no, id) = (query.Long(0), query.Text(1));
                ids[no] = id;
                knownNumbers.Keep(id, no);
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
}
