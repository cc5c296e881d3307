using System.Diagnostics;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>
/// The service process SIGKILLed at random moments while it ingests, restarted each time, must end with exactly the
/// graph of a run that was never interrupted: nothing missing (every commit is one transaction, and an unfinished
/// bulletin is simply read again) and nothing doubled (every write is an upsert keyed by content).
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    private const int Kills = 10;
    private const int Variants = 9;

    [Fact]
    public async Task Service_KilledAtRandomPointsWhileIngesting_FinalGraphEqualsCleanRun()
    {
        var clean = Directory.CreateTempSubdirectory("kg-clean-").FullName;
        var crashed = Directory.CreateTempSubdirectory("kg-crash-").FullName;
        try
        {
            var expectedBulletins = WriteInbox(clean);
            WriteInbox(crashed);
            var watch = Stopwatch.StartNew();

            await using (var service = ServiceProcess.Start(clean))
            {
                await service.WaitUntilLiveAsync();
                output.WriteLine($"clean: live after {watch.Elapsed.TotalSeconds:F1} s");
                await WaitForIngestedAsync(service, expectedBulletins);
                output.WriteLine($"clean: ingested after {watch.Elapsed.TotalSeconds:F1} s");
                await service.StopAsync(TimeSpan.FromSeconds(15));
            }

            var cleanRun = watch.Elapsed;
            var random = new Random(20261123);
            var killedMidIngest = 0;
            for (var i = 0; i < Kills; i++)
            {
                await using var service = ServiceProcess.Start(crashed);
                // Every fourth kill lands anywhere in start-up (schema, reference data); the others a random moment
                // after a bulletin commit, i.e. while the next one is being extracted or written.
                var delay = TimeSpan.FromMilliseconds(random.Next(0, i % 4 == 0 ? 3000 : 700));
                var afterCommit = i % 4 != 0 && await service.WaitForLinesAsync("Ingested ", 1, TimeSpan.FromSeconds(10));
                await Task.Delay(delay);
                var commits = service.CountLines("Ingested ");
                killedMidIngest += afterCommit ? 1 : 0;
                service.Kill();
                output.WriteLine($"kill {i + 1}: {(afterCommit ? "after a commit +" : "from start +")}{delay.TotalMilliseconds:F0} ms, {commits} commits in this run");
            }

            await using (var service = ServiceProcess.Start(crashed))
            {
                await service.WaitUntilLiveAsync();
                await WaitForIngestedAsync(service, expectedBulletins);
                await service.StopAsync(TimeSpan.FromSeconds(15));
            }

            var expected = await GraphDump.ReadAsync(Path.Combine(clean, "graph.db"));
            var actual = await GraphDump.ReadAsync(Path.Combine(crashed, "graph.db"));
            output.WriteLine($"clean run {cleanRun.TotalSeconds:F1} s; {Kills} kills, {killedMidIngest} after at least one commit; {expected.Count} rows; total {watch.Elapsed.TotalSeconds:F1} s");
            Assert.True(expected.Count > 100, "the clean run ingested too little to prove anything");
            Assert.Empty(expected.Except(actual));
            Assert.Empty(actual.Except(expected));
            Assert.Equal(expected.Count, actual.Count);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(clean, recursive: true);
            Directory.Delete(crashed, recursive: true);
        }
    }

    /// <summary>The seeds plus variants (each a different file, so a different bulletin) to make ingestion take a while.</summary>
    internal static int WriteInbox(string dataDirectory)
    {
        var inbox = Directory.CreateDirectory(Path.Combine(dataDirectory, "inbox")).FullName;
        var count = 0;
        foreach (var seed in Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(seed);
            File.Copy(seed, Path.Combine(inbox, Path.GetFileName(seed)));
            count++;
            for (var v = 1; v <= Variants; v++)
            {
                File.WriteAllText(Path.Combine(inbox, $"{Path.GetFileNameWithoutExtension(seed)}-第{v}版.txt"), text + $"\n（第{v}版）\n");
                count++;
            }
        }

        return count;
    }

    internal static async Task WaitForIngestedAsync(ServiceProcess service, int count)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        JsonArray bulletins = [];
        while (DateTime.UtcNow < deadline)
        {
            using var response = await GraphQLClient.PostAsync(service.Client, "{ bulletins { name status error } }");
            if (response.IsSuccessStatusCode)
            {
                bulletins = (await GraphQLClient.BodyAsync(response))["data"]?["bulletins"]?.AsArray() ?? [];
                if (GraphQLClient.CountWithStatus(bulletins, "INGESTED") == count)
                {
                    return;
                }
            }

            await Task.Delay(100);
        }

        Assert.Fail($"Not all {count} bulletins were ingested: {bulletins.ToJsonString()}\n{service.Output}");
    }
}
