using System.Diagnostics;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Storage.Tests.Contract;
using Microsoft.Data.Sqlite;
using Xunit.Abstractions;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>
/// Commit throughput against a raw prepared-statement bulk insert of the same rows into the same tables.
/// Timing-sensitive, so it runs only on request: <c>KG_PERF=1 dotnet test … --filter Category=Perf</c>.
/// </summary>
[Trait("Category", "Perf")]
public sealed class SqliteCommitThroughputTests(ITestOutputHelper output) : IDisposable
{
    private const int Entities = 20_000, RelationsPerEntity = 5;
    private static readonly DateTimeOffset Ingested = new(2024, 3, 1, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    [SkippableFact]
    public async Task CommitBulletinAsync_TwentyThousandEntities_WithinTwiceARawBulkInsert()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("KG_PERF") == "1", "set KG_PERF=1 to measure throughput");
        var store = Array.Empty<TimeSpan>();
        var raw = Array.Empty<TimeSpan>();
        for (var round = 0; round < 3; round++)
        {
            raw = [.. raw, await MeasureRawAsync(database.PathOf($"raw-{round}.db"))];
            store = [.. store, await MeasureStoreAsync(database.PathOf($"store-{round}.db"))];
        }

        var (bestStore, bestRaw) = (store.Min(), raw.Min());
        output.WriteLine($"store commit: {string.Join(", ", store.Select(t => $"{t.TotalMilliseconds:F0} ms"))} (best {bestStore.TotalMilliseconds:F0} ms)");
        output.WriteLine($"raw insert:   {string.Join(", ", raw.Select(t => $"{t.TotalMilliseconds:F0} ms"))} (best {bestRaw.TotalMilliseconds:F0} ms)");
        output.WriteLine($"ratio: {bestStore / bestRaw:F2}");
        Assert.True(bestStore < bestRaw * 2, $"store {bestStore} vs raw {bestRaw}");
    }

    private async Task<TimeSpan> MeasureStoreAsync(string path)
    {
        var store = database.CreateStore(path);
        await store.InitializeAsync();
        var bulletin = SeedGraph.Bulletin("科技情报参考-2024-全区企业名录.txt", Ingested);
        var graph = SeedGraph.EnterpriseDirectory(bulletin, Entities, RelationsPerEntity);
        var clock = Stopwatch.StartNew();
        await store.CommitBulletinAsync(bulletin, graph);
        return clock.Elapsed;
    }

    /// <summary>The same rows, plain INSERTs in one transaction into the store's own schema and indexes.</summary>
    private async Task<TimeSpan> MeasureRawAsync(string path)
    {
        var schema = database.CreateStore(path);
        await schema.InitializeAsync();
        schema.Dispose();
        var bulletin = SeedGraph.Bulletin("科技情报参考-2024-全区企业名录.txt", Ingested);
        var graph = SeedGraph.EnterpriseDirectory(bulletin, Entities, RelationsPerEntity);
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, null, "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;");

        var clock = Stopwatch.StartNew();
        using var transaction = connection.BeginTransaction();
        // Mentions name their node by its number, and their edge by its number negated, as the store keeps them.
        var numbers = new Dictionary<string, long>(StringComparer.Ordinal);
        var entity = Prepare(connection, transaction, "INSERT INTO entities (no, id, kind, name, region_code, first_seen) VALUES ($6, $1, $2, $3, $4, $5)", 6);
        var alias = Prepare(connection, transaction, "INSERT INTO aliases (entity_id, alias) VALUES ($1, $2)", 2);
        foreach (var e in graph.Entities)
        {
            numbers[e.Id] = numbers.Count + 1;
            Run(entity, e.Id, e.Kind.ToString(), e.Name, e.RegionCode, Ingested.UtcTicks, numbers[e.Id]);
            foreach (var a in e.Aliases)
            {
                Run(alias, e.Id, a);
            }
        }

        var relation = Prepare(connection, transaction, "INSERT INTO relations (from_id, kind, to_id, no) VALUES ($1, $2, $3, $4)", 4);
        var edges = 0L;
        foreach (var r in graph.Relations)
        {
            numbers[r.Id] = -++edges;
            Run(relation, r.FromId, r.Kind.Code(), r.ToId, edges);
        }

        // Mentions as the store keeps them: the bulletin id once, each sentence once, one compact span per mention.
        var source = Prepare(connection, transaction, "INSERT INTO sources (bulletin_id) VALUES ($1) RETURNING no", 1);
        var sentence = Prepare(
            connection, transaction,
            "INSERT INTO sentences (source_no, article_index, sentence_index, sentence_start, article_title, sentence) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id",
            6);
        var mention = Prepare(
            connection, transaction,
            """INSERT INTO mention_spans (target_no, source_no, start, "end", sentence_id, extractor_version) VALUES ($1, $2, $3, $4, $5, $6)""",
            6);
        source.Parameters[0].Value = bulletin.Id;
        var sourceNo = (long)source.ExecuteScalar()!;
        foreach (var m in graph.Mentions)
        {
            sentence.Parameters[0].Value = sourceNo;
            (sentence.Parameters[1].Value, sentence.Parameters[2].Value, sentence.Parameters[3].Value) = (m.ArticleIndex, m.SentenceIndex, m.SentenceStart);
            (sentence.Parameters[4].Value, sentence.Parameters[5].Value) = (m.ArticleTitle, m.Sentence);
            var sentenceId = (long)sentence.ExecuteScalar()!;
            Run(mention, numbers[m.TargetId], sourceNo, m.Start, m.End, sentenceId, m.ExtractorVersion);
        }

        transaction.Commit();
        return clock.Elapsed;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            command.Parameters.AddWithValue($"${i}", DBNull.Value);
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
