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
    private const string PlacedSql = $"""
        WITH targets (id) AS ({PlacementSql.ChainTargets})
        SELECT r.to_id, e.id, e.kind, e.name, e.region_code, r.kind, r.from_id || '|' || r.kind || '|' || r.to_id, json_extract(r.properties, '$.role') AS role, e.mention_count
          FROM targets t
          JOIN relations r ON r.to_id = t.id AND r.kind IN (SELECT value FROM json_each($kinds))
          JOIN entities e ON e.id = r.from_id
        """;

    public Task<IReadOnlyList<Placement>> GetPlacementsAsync(string chainName, string? regionPrefix, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(chainName);
        var byRegion = !string.IsNullOrEmpty(regionPrefix);
        return ReadAsync(
            async connection =>
            {
                using var command = connection.CreateCommand();
#pragma warning disable CA2100 // constants only; the prefix is bound
                command.CommandText = PlacedSql
                    + (byRegion ? " WHERE " + EntityFilters.RegionRange : string.Empty)
                    + " ORDER BY r.to_id, e.name, e.id, r.kind";
#pragma warning restore CA2100
                BindChain(command, chainName);
                if (byRegion)
                {
                    EntityFilters.BindRegion(command, regionPrefix!);
                }

                return await command.ReadListAsync(
                    r => new Placement(
                        r.GetString(0),
                        r.GetString(1),
                        Enum.Parse<EntityKind>(r.GetString(2)),
                        r.GetString(3),
                        Rows.NullableString(r, 4),
                        RelationKinds.Parse(r.GetString(5)),
                        r.GetString(6))
                    {
                        Role = Rows.NullableString(r, 7),
                        MentionCount = r.GetInt32(8),
                    },
                    cancellationToken).ConfigureAwait(false);
            },
            cancellationToken);
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
