using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using Microsoft.Data.Sqlite;
using static KnowledgeGraph.Storage.Tests.Contract.SeedGraph;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>
/// Reads that put their rows in order in memory rather than by ORDER BY must return exactly what SQLite's ORDER BY
/// returns on the same file, names with fullwidth brackets and CJK Extension B characters included.
/// </summary>
public sealed class SqliteReadOrderTests : IDisposable
{
    private static readonly DateTimeOffset Received = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [Fact]
    public async Task GetPlacementsAsync_SortedInMemory_SameOrderAsSqliteOrderBy()
    {
        var store = await SeedChainAsync();

        var placements = await store.GetPlacementsAsync("乳业", null);

        await using var connection = await TempDatabase.OpenForeignAsync(database.PathOf());
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r.to_id, e.id, r.kind FROM relation_ids r JOIN entities e ON e.id = r.from_id
             WHERE (r.to_id = 'IndustryChain:乳业' OR r.to_id IN (SELECT from_id FROM relation_ids WHERE to_id = 'IndustryChain:乳业' AND kind = 'PART_OF'))
               AND r.kind IN ('SERVES', 'OPERATES_IN', 'SUPPORTS', 'FUNDS', 'PRODUCED')
             ORDER BY r.to_id, e.name, e.id, r.kind
            """;
        var expected = await ReadTriplesAsync(command);

        Assert.True(expected.Count > 5, $"only {expected.Count} placements seeded");
        Assert.Equal(expected, placements.Select(p => (p.SegmentId, p.EntityId, p.Via.Code())));
    }

    [Fact]
    public async Task GetCoverageAsync_CountedInMemory_SameCellsInSameOrderAsSqliteGroupBy()
    {
        var store = await SeedChainAsync();

        var coverage = await store.GetCoverageAsync("乳业");

        await using var connection = await TempDatabase.OpenForeignAsync(database.PathOf());
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT r.to_id, e.region_code, e.kind, count(DISTINCT e.id) FROM relation_ids r JOIN entities e ON e.id = r.from_id
             WHERE (r.to_id = 'IndustryChain:乳业' OR r.to_id IN (SELECT from_id FROM relation_ids WHERE to_id = 'IndustryChain:乳业' AND kind = 'PART_OF'))
               AND r.kind IN ('SERVES', 'OPERATES_IN', 'SUPPORTS', 'FUNDS', 'PRODUCED')
             GROUP BY r.to_id, e.region_code, e.kind
             ORDER BY r.to_id, e.region_code, e.kind
            """;
        var expected = new List<CoverageCell>();
        using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                expected.Add(new CoverageCell(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), Enum.Parse<EntityKind>(reader.GetString(2)), reader.GetInt32(3)));
            }
        }

        // 内蒙古乳业 is placed on 乳品加工 by two kinds of edge and counts once; the node without a region has a cell of its own.
        Assert.Contains(expected, c => c.SegmentId == Processing && c.RegionCode == "150800" && c.Kind == EntityKind.Enterprise && c.Count == 1);
        Assert.Contains(expected, c => c.SegmentId == Processing && c.RegionCode is null);
        Assert.Equal(expected, coverage);
    }

    [Fact]
    public async Task GetRelationsAsync_BothEndsAskedFor_EachEdgeOnceInSqliteKeyOrder()
    {
        var store = database.CreateStore();
        string Id(EntityKind kind, string name) => EntityIds.For(kind, name);
        var lab = Id(EntityKind.Lab, "内蒙古（巴彦淖尔）乳业重点实验室");
        var rareLab = Id(EntityKind.Lab, "内蒙古𠀀乳业重点实验室");
        var yili = Id(EntityKind.Enterprise, "内蒙古伊利实业集团股份有限公司");
        var achievement = Id(EntityKind.Achievement, "常温活菌包埋技术");
        var graph = BulletinGraph.Empty with
        {
            Entities =
            [
                new Entity(lab, EntityKind.Lab, "内蒙古（巴彦淖尔）乳业重点实验室"),
                new Entity(rareLab, EntityKind.Lab, "内蒙古𠀀乳业重点实验室"),
                new Entity(yili, EntityKind.Enterprise, "内蒙古伊利实业集团股份有限公司"),
                new Entity(achievement, EntityKind.Achievement, "常温活菌包埋技术"),
            ],
            Relations =
            [
                new Relation(lab, RelationKind.Produced, achievement),
                new Relation(rareLab, RelationKind.Produced, achievement),
                new Relation(achievement, RelationKind.TransferredTo, yili),
                new Relation(yili, RelationKind.CooperatesWith, lab),
                new Relation(lab, RelationKind.CooperatesWith, yili),
                new Relation(yili, RelationKind.Leads, yili),
            ],
        };
        await store.CommitBulletinAsync(Bulletin(MilestonesFile, Received), graph);
        string[] ids = [achievement, yili, lab];

        var relations = await store.GetRelationsAsync(ids, RelationDirection.Both);

        await using var connection = await TempDatabase.OpenForeignAsync(database.PathOf());
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT from_id, kind, to_id FROM relation_ids WHERE from_id IN ($a, $b, $c)
            UNION SELECT from_id, kind, to_id FROM relation_ids WHERE to_id IN ($a, $b, $c)
            ORDER BY 1, 2, 3
            """;
        command.Parameters.AddWithValue("$a", ids[0]);
        command.Parameters.AddWithValue("$b", ids[1]);
        command.Parameters.AddWithValue("$c", ids[2]);
        var expected = await ReadTriplesAsync(command);

        // Edges between two asked-for nodes and the self-loop are read from both ends, and kept once.
        Assert.Equal(6, expected.Count);
        Assert.Equal(expected, relations.Select(r => (r.FromId, r.Kind.Code(), r.ToId)));
    }

    /// <summary>
    /// The seed bulletins plus one segment holding names whose order is neither their ids' nor their edges': fullwidth
    /// brackets, a CJK Extension B character, a name that is a prefix of another, two kinds of edge from one entity,
    /// three regions and a node with none.
    /// </summary>
    private async Task<IGraphStore> SeedChainAsync()
    {
        var store = database.CreateStore();
        var (entities, relations) = Reference();
        await store.UpsertReferenceAsync(entities, relations);
        foreach (var (file, graph) in new (string, Func<Bulletin, BulletinGraph>)[] { (PlatformsFile, Platforms), (MilestonesFile, Milestones) })
        {
            var bulletin = Bulletin(file, Received);
            await store.CommitBulletinAsync(bulletin, graph(bulletin));
        }

        var named = new (EntityKind Kind, string Name, string? Region, RelationKind[] Via)[]
        {
            (EntityKind.University, "内蒙古（巴彦淖尔）乳业研究院", "150800", [RelationKind.Supports]),
            (EntityKind.Lab, "内蒙古𠀀乳业重点实验室", "150800", [RelationKind.Supports]),
            (EntityKind.Enterprise, "内蒙古乳业", "150800", [RelationKind.Serves, RelationKind.OperatesIn]),
            (EntityKind.Enterprise, "内蒙古乳业集团有限公司", "150100", [RelationKind.Serves]),
            (EntityKind.Lab, "阿拉善乳业实验室", "152900", [RelationKind.Supports]),
            (EntityKind.Enterprise, "乳业冷链物流有限公司", null, [RelationKind.Serves]),
        };
        var extra = BulletinGraph.Empty with
        {
            Entities = [.. named.Select(n => new Entity(EntityIds.For(n.Kind, n.Name), n.Kind, n.Name) { RegionCode = n.Region })],
            Relations = [.. named.SelectMany(n => n.Via.Select(via => new Relation(EntityIds.For(n.Kind, n.Name), via, Processing)))],
        };
        var directory = Bulletin(PlatformsFile.Replace(".txt", "-directory.txt", StringComparison.Ordinal), Received);
        await store.CommitBulletinAsync(directory, extra);
        return store;
    }

    private static async Task<List<(string, string, string)>> ReadTriplesAsync(SqliteCommand command)
    {
        var rows = new List<(string, string, string)>();
        using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return rows;
    }
}
