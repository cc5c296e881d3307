using System.Net;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Hosting;

public sealed class HealthTests
{
    [Fact]
    public async Task LiveAndReady_FreshStore_BothHealthy()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        using var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        using var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Startup_CatalogueUpsertedAsReferenceData_ChainSegmentsQueryable()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        var data = await GraphQLClient.DataAsync(client, """
            { entity(id: "ChainSegment:乳业/奶牛繁育") { name ... on ChainSegment { stage chain { name } supplies { name } } } }
            """);

        var segment = data["entity"]!;
        Assert.Equal("奶牛繁育", segment["name"]!.GetValue<string>());
        Assert.Equal("UPSTREAM", segment["stage"]!.GetValue<string>());
        Assert.Equal("乳业", segment["chain"]![0]!["name"]!.GetValue<string>());
        Assert.Equal("奶牛养殖", segment["supplies"]![0]!["name"]!.GetValue<string>());
    }
}
