using KnowledgeGraph.Api.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>
/// Another process holds the SQLite write lock: the worker retries with backoff, /health/ready says Degraded while
/// writes fail, and ingestion completes by itself once the lock is released, with no bulletin marked Failed.
/// </summary>
public sealed class StoreOutageTests
{
    [Fact]
    public async Task Worker_DatabaseLockedByAnotherConnection_DegradedThenResumesWhenReleased()
    {
        await using var factory = new ApiFactory()
            .With("Graph:Sqlite:BusyTimeout", "00:00:00.300")
            .With("Ingestion:StoreRetries", "2")
            .With("Ingestion:StoreRetryBaseDelay", "00:00:00.100")
            .With("Ingestion:StoreRetryMaxDelay", "00:00:00.300")
            .With("Ingestion:RescanInterval", "00:00:01");
        using var client = factory.CreateClient();
        Assert.Equal("Healthy", await ReadyAsync(client));

        await using (var holder = new SqliteConnection($"Data Source={factory.DatabasePath};Pooling=False"))
        {
            await holder.OpenAsync();
            await using (var begin = holder.CreateCommand())
            {
                begin.CommandText = "BEGIN EXCLUSIVE;";
                await begin.ExecuteNonQueryAsync();
            }

            factory.WithSeeds();
            Assert.True(await EventuallyAsync(async () => await ReadyAsync(client) == "Degraded", TimeSpan.FromSeconds(30)), "ready never reported Degraded");
            var during = (await GraphQLClient.DataAsync(client, "{ bulletins { status } }"))["bulletins"]!.AsArray();
            Assert.Empty(during);

            await using var rollback = holder.CreateCommand();
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync();
        }

        var bulletins = await GraphQLClient.WaitForBulletinsAsync(client, b => GraphQLClient.CountWithStatus(b, "INGESTED") == 2, TimeSpan.FromSeconds(60));
        Assert.Equal(0, GraphQLClient.CountWithStatus(bulletins, "FAILED"));
        Assert.True(await EventuallyAsync(async () => await ReadyAsync(client) == "Healthy", TimeSpan.FromSeconds(10)));
    }

    private static async Task<string> ReadyAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/health/ready", UriKind.Relative));
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
