using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Sqlite.Querying;
using KnowledgeGraph.Storage.Sqlite.Reading;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    /// <summary>
    /// The chain and its segments (ChainSegment nodes with PART_OF to the chain), then every placing edge into them:
    /// index lookups on relations(to_id, kind) from a handful of targets, never a scan of the graph.
    /// </summary>
    private const string PlacedSql = $$"""
        WITH targets (id) AS ({{PlacementSql.ChainTargets}})
        SELECT r.to_id, e.id, e.kind, e.name, e.region_code, r.kind,
               CASE WHEN r.properties = '{}' THEN NULL ELSE json_extract(r.properties, '$.role') END AS role, e.mention_count
          FROM targets t
          JOIN relations r ON r.to_id = t.id AND r.kind IN (SELECT value FROM json_each($kinds))
          JOIN entities e ON e.id = r.from_id
        """;

    public Task<IReadOnlyList<Placement>> GetPlacementsAsync(string chainName, string? regionPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chainName);
        var byRegion = !string.IsNullOrEmpty(regionPrefix);
        // No ORDER BY: SQLite's sorter copies every row's columns into a temporary B-tree, 40% of this read for a
        // 500-placement chain; the same order is put on the list in memory (PlacementOrder).
        var sql = PlacedSql + (byRegion ? " WHERE " + EntityFilters.RegionRange : string.Empty);
        return ReadAsync(
            connection =>
            {
                // Hundreds of rows per chain map: read through the SQLite API rather than a data reader (see RawQuery).
                using var query = new RawQuery(connection, sql);
                query.Bind("$chain", EntityIds.Chain(chainName)).Bind("$kinds", PlacementSql.KindsJson);
                if (byRegion)
                {
                    query.Bind("$regionLow", regionPrefix!).Bind("$regionHigh", EntityFilters.RegionHigh(regionPrefix!));
                }

                var rows = query.ReadAll(PlacementRow, cancellationToken);
                rows.Sort(PlacementOrder);
                return Task.FromResult<IReadOnlyList<Placement>>(rows);
            },
            cancellationToken);
    }

    /// <summary>ORDER BY r.to_id, e.name, e.id, r.kind, in SQLite's BINARY collation: the order the store has always returned.</summary>
    private static int PlacementOrder(Placement x, Placement y)
    {
        var order = BinaryCollation.Compare(x.SegmentId, y.SegmentId);
        order = order != 0 ? order : BinaryCollation.Compare(x.Name, y.Name);
        order = order != 0 ? order : BinaryCollation.Compare(x.EntityId, y.EntityId);
        return order != 0 ? order : string.CompareOrdinal(x.Via.Code(), y.Via.Code());
    }

    /// <summary>A row of <see cref="PlacedSql"/>. The relation id is its three parts joined: built here rather than read, one column fewer per row.</summary>
    private static Placement PlacementRow(RawQuery r)
    {
        var (segment, entity, via) = (r.Repeated(0), r.Text(1), r.Repeated(5, RelationKinds.Parse));
        return new Placement(segment, entity, r.Repeated(2, Enum.Parse<EntityKind>), r.Text(3), r.NullableText(4), via, RelationIds.For(entity, via, segment))
        {
            Role = r.NullableText(6),
            MentionCount = r.Int(7),
        };
    }

    public Task<IReadOnlyList<CoverageCell>> GetCoverageAsync(string chainName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chainName);
        return ReadAsync(
            async connection =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"""
                    WITH targets (id) AS ({PlacementSql.ChainTargets})
                    SELECT r.to_id, e.region_code, e.kind, count(DISTINCT e.id)
                      FROM targets t
                      JOIN relations r ON r.to_id = t.id AND r.kind IN (SELECT value FROM json_each($kinds))
                      JOIN entities e ON e.id = r.from_id
                     GROUP BY r.to_id, e.region_code, e.kind
                     ORDER BY r.to_id, e.region_code, e.kind
                    """;
                BindChain(command, chainName);
                return await command.ReadListAsync(
                    r => new CoverageCell(r.GetString(0), Rows.NullableString(r, 1), Enum.Parse<EntityKind>(r.GetString(2)), r.GetInt32(3)),
                    cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
    }

    private static void BindChain(SqliteCommand command, string chainName)
    {
        command.Parameters.AddWithValue("$chain", EntityIds.Chain(chainName));
        command.Parameters.AddWithValue("$kinds", PlacementSql.KindsJson);
    }
}
