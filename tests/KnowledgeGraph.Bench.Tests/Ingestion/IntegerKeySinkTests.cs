using KnowledgeGraph.Bench.Generation;
using KnowledgeGraph.Bench.Ingestion;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Bench.Tests.Ingestion;

public sealed class IntegerKeySinkTests : IDisposable
{
    private static readonly DateTimeOffset Received = new(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);
    private readonly string path = Path.Combine(Path.GetTempPath(), $"kg-int-{Guid.NewGuid():N}.db");

    [Fact]
    public void Commit_SeedBulletins_EveryMentionNamesItsOwnNodeOrEdge()
    {
        var graphs = SeedGraphs();
        Write(path, graphs);

        // Each span, its target turned back into the text id through the numbers: the pairs the extractor produced.
        var stored = Strings(
            path,
            """
            SELECT coalesce(e.id, f.id || '|' || r.kind || '|' || t.id) || '#' || s.bulletin_id || '#' || m.start || '-' || m."end"
              FROM mention_spans m
              JOIN sources s ON s.no = m.source_no
              LEFT JOIN entities e ON m.target_no > 0 AND e.no = m.target_no
              LEFT JOIN relations r ON m.target_no < 0 AND r.no = -m.target_no
              LEFT JOIN entities f ON f.no = r.from_no
              LEFT JOIN entities t ON t.no = r.to_no
            """);
        var expected = graphs.SelectMany(g => g.Graph.Mentions).Select(m => $"{m.TargetId}#{m.BulletinId}#{m.Start}-{m.End}").ToHashSet(StringComparer.Ordinal);
        Assert.Contains(graphs.SelectMany(g => g.Graph.Mentions), m => m.TargetId.Contains('|', StringComparison.Ordinal));
        Assert.Equal(expected.Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Commit_SeedBulletins_StoresTheRowsOfTheStoresSchema()
    {
        var graphs = SeedGraphs();
        var text = path + ".text.db";
        try
        {
            Write(path, graphs);
            using (var raw = new RawSqliteSink(text))
            {
                foreach (var (bulletin, graph) in graphs)
                {
                    raw.Write(bulletin, graph);
                }

                raw.Commit();
            }

            foreach (var table in new[] { "entities", "aliases", "relations", "mention_spans", "fact_rows", "sentences", "entity_text", "bulletins" })
            {
                Assert.Equal(Count(text, table), Count(path, table));
            }

            Assert.Equal(
                Strings(text, "SELECT from_id || '|' || kind || '|' || to_id FROM relations").Order(StringComparer.Ordinal),
                Strings(path, "SELECT f.id || '|' || r.kind || '|' || t.id FROM relations r JOIN entities f ON f.no = r.from_no JOIN entities t ON t.no = r.to_no").Order(StringComparer.Ordinal));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            StoreLifetime.DeleteDatabase(text);
        }
    }

    [Fact]
    public void Commit_IntoAFileWithHistory_KeepsOldNumbersAndNumbersNewNodesAfterThem()
    {
        var graphs = SeedGraphs();
        Write(path, graphs[..1]);
        var before = Numbers(path);

        Write(path, graphs[1..]);

        var after = Numbers(path);
        Assert.All(before, node => Assert.Equal(node.Value, after[node.Key]));
        var added = after.Keys.Except(before.Keys).ToList();
        Assert.NotEmpty(added);
        Assert.All(added, id => Assert.True(after[id] > before.Values.Max(), $"{id} numbered {after[id]}"));
        Assert.Equal(after.Count, after.Values.Distinct().Count());
    }

    [Fact]
    public void Commit_EdgeToANodeNotYetStored_TheNodeKeepsTheNumberItsEdgeNamed()
    {
        // 伊利 is placed in a segment before any bulletin holds the segment's node, as a registry load can do.
        var yili = new Entity(EntityIds.For(EntityKind.Enterprise, "内蒙古伊利实业集团股份有限公司"), EntityKind.Enterprise, "内蒙古伊利实业集团股份有限公司");
        var segment = new Entity(EntityIds.For(EntityKind.ChainSegment, "乳业/乳制品加工"), EntityKind.ChainSegment, "乳制品加工");
        var first = new BulletinGraph([], [yili], [new Relation(yili.Id, RelationKind.Serves, segment.Id)], [], []);
        var second = new BulletinGraph([], [segment], [], [], []);

        Write(path, [(new Bulletin("b1", "b1", BulletinStatus.Ingested, Received), first)]);
        var reserved = Strings(path, "SELECT no || ' ' || id FROM node_keys");
        Write(path, [(new Bulletin("b2", "b2", BulletinStatus.Ingested, Received), second)]);

        var numbers = Numbers(path);
        Assert.Equal([$"{numbers[segment.Id]} {segment.Id}"], reserved);
        Assert.Equal(
            [$"{yili.Id}|{RelationKind.Serves.Code()}|{segment.Id}"],
            Strings(path, "SELECT f.id || '|' || r.kind || '|' || t.id FROM relations r JOIN entities f ON f.no = r.from_no JOIN entities t ON t.no = r.to_no"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        StoreLifetime.DeleteDatabase(path);
    }

    private static List<(Bulletin Bulletin, BulletinGraph Graph)> SeedGraphs()
    {
        var extractor = new RuleBasedExtractor();
        return [.. Corpus.Seeds().Select(seed => (
            new Bulletin(seed.Name, seed.Name, BulletinStatus.Ingested, Received),
            extractor.Extract(seed.Name, seed.Text)))];
    }

    private static void Write(string file, IEnumerable<(Bulletin Bulletin, BulletinGraph Graph)> graphs)
    {
        using var sink = new IntegerKeySink(file);
        foreach (var (bulletin, graph) in graphs)
        {
            sink.Write(bulletin, graph);
        }

        sink.Commit();
    }

    private static Dictionary<string, long> Numbers(string file)
    {
        using var connection = Open(file);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, no FROM entities";
        using var reader = command.ExecuteReader();
        var numbers = new Dictionary<string, long>(StringComparer.Ordinal);
        while (reader.Read())
        {
            numbers[reader.GetString(0)] = reader.GetInt64(1);
        }

        return numbers;
    }

    private static List<string> Strings(string file, string sql)
    {
        using var connection = Open(file);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    private static long Count(string file, string table)
    {
        using var connection = Open(file);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }

    private static SqliteConnection Open(string file)
    {
        var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        return connection;
    }
}
