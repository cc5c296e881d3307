using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using static KnowledgeGraph.Storage.Tests.Contract.SeedGraph;

namespace KnowledgeGraph.Storage.Tests.Contract;

/// <summary>Edge reads: by direction, and by kind.</summary>
public abstract partial class GraphStoreContract
{
    [SkippableFact]
    public async Task GetRelationsAsync_DirectionAndKinds_SelectMatchingEdges()
    {
        var store = await CreateStoreAsync();
        await SeedAsync(store);

        var outgoing = await store.GetRelationsAsync([BreedingCenter], RelationDirection.Outgoing);
        var incoming = await store.GetRelationsAsync([BreedingCenter], RelationDirection.Incoming);
        var both = await store.GetRelationsAsync([BreedingCenter], RelationDirection.Both, [RelationKind.Leads, RelationKind.PartOf]);
        var placed = await store.GetRelationsAsync([BayannurPark], RelationDirection.Outgoing, [RelationKind.OperatesIn]);

        Assert.Equal(3, outgoing.Count);
        Assert.All(outgoing, r => Assert.Equal(BreedingCenter, r.FromId));
        Assert.Equal(Sorted(ImauUniversity, ZhangYong), incoming.Select(r => r.FromId).Order(StringComparer.Ordinal));
        Assert.Equal(3, both.Count);
        Assert.Equal("龙头", Assert.Single(placed).Properties["role"]);
        Assert.Empty(await store.GetRelationsAsync([BreedingCenter], RelationDirection.Both, []));
    }

    [SkippableFact]
    public async Task GetRelationsAsync_KindsWithOthersBetweenThem_LeavesTheOthersOut()
    {
        var store = await CreateStoreAsync();
        await SeedAsync(store);

        // In code order FUNDS < LEADS < PART_OF < SERVES < SUPPORTS: the centre's LEADS and SERVES edges lie between
        // the kinds asked for without being among them.
        var partOf = await store.GetRelationsAsync([BreedingCenter], RelationDirection.Both, [RelationKind.Funds, RelationKind.PartOf]);
        var none = await store.GetRelationsAsync([BreedingCenter], RelationDirection.Both, [RelationKind.Funds, RelationKind.Supports]);
        var serves = await store.GetRelationsAsync([BreedingCenter], RelationDirection.Outgoing, [RelationKind.Serves]);

        var edge = Assert.Single(partOf);
        Assert.Equal((BreedingCenter, RelationKind.PartOf, DairyCenter), (edge.FromId, edge.Kind, edge.ToId));
        Assert.Empty(none);
        Assert.Equal(2, serves.Count);
        Assert.All(serves, r => Assert.Equal(RelationKind.Serves, r.Kind));
    }
}
