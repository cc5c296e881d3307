using KnowledgeGraph.Bench.Generation;
using KnowledgeGraph.Bench.Ingestion;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Regions;
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

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        StoreLifetime.DeleteDatabase(path);
    }

    private long Count(string table)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }
}
