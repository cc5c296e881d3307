using KnowledgeGraph.Api.Observability;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.GraphQL.DataLoading;

/// <summary>Batching proven against the real SQLite store: one round trip per loader per nesting level.</summary>
public sealed class GraphLoadersTests
{
    [Fact]
    public async Task NestedQuery_ManyParents_OneStoreCallPerLoaderPerLevel()
    {
        await using var factory = new ApiFactory().WithSeeds();
        using var client = factory.CreateClient();
        await GraphQLClient.WaitForBulletinsAsync(client, b => GraphQLClient.CountWithStatus(b, "INGESTED") == 2);
        var store = factory.Services.GetRequiredService<StoreCallMetrics>();
        store.Reset();

        var data = await GraphQLClient.DataAsync(client, """
            {
              entities(first: 100) {
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

        var calls = string.Join(", ", store.Calls.Select(c => $"{c.Key}={c.Value}"));
        Assert.True(store["QueryEntitiesAsync"] == 1, calls);
        Assert.True(store["GetRelationsAsync"] == 2, calls);  // nodes.relations, to.relations
        Assert.True(store["GetEntitiesAsync"] == 1, calls);   // relations.to
        Assert.True(store["GetFactsAsync"] == 1, calls);      // nodes.facts
        Assert.True(store["GetBulletinsAsync"] == 1, calls);  // mentions.bulletin
        Assert.True(store["GetMentionsAsync"] <= 3, calls);   // nodes.mentions, relations.mentions, to.mentions
    }

    [Fact]
    public async Task ChainMap_EntitiesAndMentionsOfAllPlacements_BatchedIntoFewCalls()
    {
        await using var factory = new ApiFactory().WithSeeds();
        using var client = factory.CreateClient();
        await GraphQLClient.WaitForBulletinsAsync(client, b => GraphQLClient.CountWithStatus(b, "INGESTED") == 2);
        var store = factory.Services.GetRequiredService<StoreCallMetrics>();
        store.Reset();

        var data = await GraphQLClient.DataAsync(client, """
            { chainMap(chain: "乳业") { segments { placements { name mentions { sentence } entity { name mentions { sentence } } } } } }
            """);

        var placements = data["chainMap"]!["segments"]!.AsArray().Sum(s => s!["placements"]!.AsArray().Count);
        Assert.True(placements > 5, $"Need several placements to prove batching; got {placements}.");
        var calls = string.Join(", ", store.Calls.Select(c => $"{c.Key}={c.Value}"));
        Assert.True(store["GetPlacementsAsync"] == 1, calls);
        Assert.True(store["GetEntitiesAsync"] == 1, calls);
        Assert.True(store["GetMentionsAsync"] <= 2, calls);
    }
}
