using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KnowledgeGraph.Api.Tests.Hosting;

public sealed class ServingActivityTests
{
    private readonly FakeTimeProvider time = new();

    [Fact]
    public void IsServing_NoQueryAnswered_False()
    {
        Assert.False(new ServingActivity(time).IsServing);
    }

    [Fact]
    public void IsServing_WithinTheWindowOfTheLastQuery_TrueThenFalseOnceItPasses()
    {
        var activity = new ServingActivity(time);

        activity.Served();
        time.Advance(ServingActivity.Window - TimeSpan.FromMilliseconds(1));
        var justBefore = activity.IsServing;
        time.Advance(TimeSpan.FromMilliseconds(1));

        Assert.True(justBefore);
        Assert.False(activity.IsServing);
    }

    [Fact]
    public void IsServing_QueriesKeepComing_WindowRunsFromTheLatest()
    {
        var activity = new ServingActivity(time);

        for (var i = 0; i < 5; i++)
        {
            activity.Served();
            time.Advance(TimeSpan.FromSeconds(3));
        }

        Assert.True(activity.IsServing);
    }

    [Fact]
    public async Task GraphQLQuery_AnsweredByTheService_CountsAsServingAndAHealthProbeDoesNot()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        var activity = factory.Services.GetRequiredService<ServingActivity>();

        using var health = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        var afterProbe = activity.IsServing;
        await GraphQLClient.DataAsync(client, """{ chainMap(chain: "乳业", region: "内蒙古") { chain { name } } }""");

        Assert.False(afterProbe);
        Assert.True(activity.IsServing);
    }
}
