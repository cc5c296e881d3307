using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Bench.Ingestion;

internal static class StoreLifetime
{
    /// <summary>Schema plus the catalogue chains and gazetteer regions, the way the service seeds an empty store.</summary>
    public static async Task PrepareAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
        var (entities, relations) = ChainCatalogue.Default.ToGraph();
        var regions = Gazetteer.Default.All.Select(r => new Entity(EntityIds.Region(r.Code), EntityKind.Region, r.Name) { RegionCode = r.Code });
        await store.UpsertReferenceAsync([.. entities, .. regions], relations, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Moves what the WAL holds (the reference data just written) into the file before a timed run, so the run's
    /// timing, which includes closing the store, does not pay for rows the raw floor never writes.
    /// </summary>
    public static async Task CheckpointAsync(string path, CancellationToken cancellationToken)
    {
        var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={path};Pooling=False");
        await using (connection.ConfigureAwait(false))
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA wal_checkpoint(TRUNCATE)";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            File.Delete(file);
        }
    }
}
