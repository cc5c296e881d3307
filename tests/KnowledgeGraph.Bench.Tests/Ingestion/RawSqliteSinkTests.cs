using KnowledgeGraph.Bench.Generation;
using KnowledgeGraph.Bench.Ingestion;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Extraction;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Bench.Tests.Ingestion;

public sealed class RawSqliteSinkTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"kg-raw-{Guid.NewGuid():N}.db");

    [Fact]
    public void Write_GeneratedBatches_StoresEveryEntityRelationAndMention()
    {
        var batches = new GraphGenerator(new ScaleSpec(1_000), ChainCatalogue.Default, Gazetteer.Default).Batches().ToList();
        using (var sink = new RawSqliteSink(path))
        {
            foreach (var (bulletin, graph) in batches)
            {
                sink.Write(bulletin, graph);
            }

            sink.Commit();
        }

        Assert.Equal(1_000, Count("entities"));
        Assert.Equal(batches.Sum(b => b.Graph.Relations.Count), Count("relations"));
        Assert.Equal(batches.Sum(b => b.Graph.Mentions.Count), Count("mentions"));
    }

    [Fact]
    public void Commit_SeedBulletins_EveryMentionAndEdgeNamesItsOwnIdsThroughTheNumbers()
    {
        var extractor = new RuleBasedExtractor();
        var received = new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);
        var graphs = Corpus.Seeds().Select(seed => (Bulletin: new Bulletin(seed.Name, seed.Name, BulletinStatus.Ingested, received), Graph: extractor.Extract(seed.Name, seed.Text))).ToList();

        Write(path, graphs, commitEvery: 1);

        // The store's views turn numbers back into ids: the floor numbered every span's target and every edge's ends
        // as the store does, or the pairs would not come back.
        var mentions = graphs.SelectMany(g => g.Graph.Mentions).ToList();
        Assert.Contains(mentions, m => m.TargetId.Contains('|', StringComparison.Ordinal));
        Assert.Equal(mentions.Select(m => m.Key).Distinct().Order(StringComparer.Ordinal), Strings(path, "SELECT key FROM mentions").Order(StringComparer.Ordinal));
        Assert.Equal(
            graphs.SelectMany(g => g.Graph.Relations).Select(r => r.Id).Distinct().Order(StringComparer.Ordinal),
            Strings(path, "SELECT from_id || '|' || kind || '|' || to_id FROM relation_ids").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Commit_AfterEveryGroup_StoresTheSameRowsAsOneTransaction()
    {
        // The floor commits where the store commits; the rows must not depend on where the commits fall, even when a
        // node written in one group (a region, a segment) is named again in a later one.
        var batches = new GraphGenerator(new ScaleSpec(3_000), ChainCatalogue.Default, Gazetteer.Default).Batches().ToList();
        var single = path + ".single.db";
        try
        {
            Write(single, batches, commitEvery: batches.Count);
            Write(path, batches, commitEvery: 1);

            foreach (var table in new[] { "entities", "relations", "mention_spans", "fact_rows", "sentences", "entity_text", "bulletins" })
            {
                Assert.Equal(Count(single, table), Count(path, table));
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            StoreLifetime.DeleteDatabase(single);
        }
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        StoreLifetime.DeleteDatabase(path);
    }

    private static void Write(string file, IReadOnlyList<(Bulletin Bulletin, BulletinGraph Graph)> batches, int commitEvery)
    {
        using var sink = new RawSqliteSink(file);
        for (var i = 0; i < batches.Count; i++)
        {
            sink.Write(batches[i].Bulletin, batches[i].Graph);
            if ((i + 1) % commitEvery == 0 || i == batches.Count - 1)
            {
                sink.Commit();
            }
        }
    }

    private long Count(string table) => Count(path, table);

    private static List<string> Strings(string file, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
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
        using var connection = new SqliteConnection($"Data Source={file};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }
}
