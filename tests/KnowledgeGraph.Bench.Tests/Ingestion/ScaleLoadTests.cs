using KnowledgeGraph.Bench.Generation;
using KnowledgeGraph.Bench.Ingestion;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Bench.Tests.Ingestion;

public sealed class ScaleLoadTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), $"kg-scale-{Guid.NewGuid():N}.db");

    [Fact]
    public async Task LoadAsync_1kScaleIntoTheSqliteStore_PutsTheFocusEntitiesOnTheChainMap()
    {
        var generator = new GraphGenerator(new ScaleSpec(1_000), ChainCatalogue.Default, Gazetteer.Default);
        var store = Parts.SqliteStore(path).Value!;
        await using (store)
        {
            await ScaleLoad.LoadAsync(store.Store, generator, path, CancellationToken.None);

            var stats = await store.Store.GetStatsAsync();
            var placements = await store.Store.GetPlacementsAsync(generator.FocusChain, null);
            var expectedRelations = generator.Reference().Relations.Concat(generator.Batches().SelectMany(b => b.Graph.Relations))
                .Select(r => r.Id).Distinct(StringComparer.Ordinal).Count();
            Assert.Equal(1_000 + generator.Reference().Entities.Count, stats.Entities);
            Assert.Equal(expectedRelations, stats.Relations);
            Assert.Equal(500, placements.Select(p => p.EntityId).Distinct(StringComparer.Ordinal).Count());
        }
    }

    public void Dispose() => StoreLifetime.DeleteDatabase(path);
}
