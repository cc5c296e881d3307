using KnowledgeGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.GraphQL.DataLoading;

/// <summary>Batching proven against the real SQLite store: one round trip per loader per nesting level.</summary>
public sealed class GraphLoadersTests
{
    [Fact]
    public async Task NestedQuery_ManyParents_OneStoreCallPerLoaderPerLevel()
    {
        await using var factory = new ApiFactory().WithSeeds().WithServices(CountingGraphStore.Decorate);
        using var client = factory.CreateClient();
        await GraphQLClient.WaitForBulletinsAsync(client, b => GraphQLClient.CountWithStatus(b, "INGESTED") == 2);
        var store = factory.Services.GetRequiredService<CountingGraphStore>();
        store.Reset();

        var data = await GraphQLClient.DataAsync(client, """
            {
              entities(first: 200) {
                nodes {
                  name
                  mentions { sentence bulletin { name } }
                  facts { metric value }
                  relations {
                    type
                    mentions { sentence }
                    to {
                      name
                      mentions { sentence }
                      relations { type }
                    }
                  }
                }
              }
            }
            """);

        var nodes = data["entities"]!["nodes"]!.AsArray();
        var relationCount = nodes.Sum(n => n!["relations"]!.AsArray().Count);
        Assert.True(nodes.Count > 20, $"Need many parents to prove batching; got {nodes.Count}.");
        Assert.True(relationCount > 20, $"Need many relations to prove batching; got {relationCount}.");

        Assert.Equal(1, store["QueryEntitiesAsync"]);
        Assert.Equal(2, store["GetRelationsAsync"]);  // nodes.relations, to.relations
        Assert.Equal(1, store["GetEntitiesAsync"]);   // relations.to
        Assert.Equal(1, store["GetFactsAsync"]);      // nodes.facts
        Assert.Equal(1, store["GetBulletinsAsync"]);  // mentions.bulletin
        Assert.True(store["GetMentionsAsync"] <= 3, $"mentions at three levels, got {store["GetMentionsAsync"]} calls");
    }

    [Fact]
    public async Task ChainMap_EntitiesAndMentionsOfAllPlacements_BatchedIntoFewCalls()
    {
        await using var factory = new ApiFactory().WithSeeds().WithServices(CountingGraphStore.Decorate);
        using var client = factory.CreateClient();
        await GraphQLClient.WaitForBulletinsAsync(client, b => GraphQLClient.CountWithStatus(b, "INGESTED") == 2);
        var store = factory.Services.GetRequiredService<CountingGraphStore>();
        store.Reset();

        await GraphQLClient.DataAsync(client, """
            { chainMap(chain: "乳业", region: "内蒙古") { segments { placements { name mentions { sentence } entity { name mentions { sentence } } } } } }
            """);

        Assert.Equal(1, store["GetPlacementsAsync"]);
        Assert.Equal(1, store["GetEntitiesAsync"]);
        Assert.True(store["GetMentionsAsync"] <= 2, $"got {store["GetMentionsAsync"]} mention calls");
    }
}
