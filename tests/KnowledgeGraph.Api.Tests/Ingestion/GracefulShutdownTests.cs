using KnowledgeGraph.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>
/// SIGTERM while a bulletin is being extracted or written: the host must stop within its shutdown timeout (the
/// in-flight bulletin finishes or its transaction rolls back), and after a restart the graph must equal a run that
/// was never stopped.
/// </summary>
public sealed class GracefulShutdownTests(ITestOutputHelper output)
{
    private const int Stops = 3;

    [Fact]
    public async Task Service_StoppedMidIngestThenRestarted_StopsInTimeAndFinalGraphEqualsCleanRun()
    {
        var clean = Directory.CreateTempSubdirectory("kg-clean-").FullName;
        var stopped = Directory.CreateTempSubdirectory("kg-stop-").FullName;
        try
        {
            var expectedBulletins = CrashRecoveryTests.WriteInbox(clean);
            CrashRecoveryTests.WriteInbox(stopped);

            await using (var service = ServiceProcess.Start(clean))
            {
                await service.WaitUntilLiveAsync();
                await CrashRecoveryTests.WaitForIngestedAsync(service, expectedBulletins);
                await service.StopAsync(TimeSpan.FromSeconds(15));
            }

            var random = new Random(20261124);
            for (var i = 0; i < Stops; i++)
            {
                await using var service = ServiceProcess.Start(stopped);
                var midIngest = await service.WaitForLinesAsync("Ingested ", 1, TimeSpan.FromSeconds(30));
                await Task.Delay(random.Next(0, 400));
                var commits = service.CountLines("Ingested ");

                // StopAsync sends SIGTERM and fails the test if the process outlives the timeout.
                await service.StopAsync(TimeSpan.FromSeconds(15));
                output.WriteLine($"stop {i + 1}: {(midIngest ? "mid-ingest" : "before any commit")}, {commits} commits in this run");
                Assert.True(service.HasExited);
            }

            await using (var service = ServiceProcess.Start(stopped))
            {
                await service.WaitUntilLiveAsync();
                await CrashRecoveryTests.WaitForIngestedAsync(service, expectedBulletins);
                await service.StopAsync(TimeSpan.FromSeconds(15));
            }

            var expected = await GraphDump.ReadAsync(Path.Combine(clean, "graph.db"));
            var actual = await GraphDump.ReadAsync(Path.Combine(stopped, "graph.db"));
            Assert.True(expected.Count > 100, "the clean run ingested too little to prove anything");
            Assert.Empty(expected.Except(actual));
            Assert.Empty(actual.Except(expected));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(clean, recursive: true);
            Directory.Delete(stopped, recursive: true);
        }
    }
}
