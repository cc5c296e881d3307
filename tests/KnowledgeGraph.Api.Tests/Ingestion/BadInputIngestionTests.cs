using System.Security.Cryptography;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>
/// The whole bad-input corpus and the two seeds in one inbox of the real host: every file ends in the state its
/// manifest row says, visible through GraphQL, the seeds are ingested beside them, and no file is touched.
/// </summary>
public sealed class BadInputIngestionTests
{
    private const string HugeFile = "99-hundred-megabytes.txt";

    [Fact]
    public async Task Worker_CorpusBesideSeeds_EveryFileGetsItsManifestOutcomeAndNoFileIsTouched()
    {
        await using var factory = new ApiFactory().WithSeeds();
        foreach (var entry in BadInputCorpus.Entries)
        {
            File.Copy(Path.Combine(BadInputCorpus.Directory, entry.File), Path.Combine(factory.Inbox, entry.File));
        }

        await using (var huge = File.Create(Path.Combine(factory.Inbox, HugeFile)))
        {
            huge.SetLength(100L * 1024 * 1024);
        }

        var before = Fingerprint(factory.Inbox);
        using var client = factory.CreateClient();
        var expectedCount = BadInputCorpus.Entries.Count + 3;

        var bulletins = await GraphQLClient.WaitForBulletinsAsync(client, b => b.Count == expectedCount && b.All(x => x!["status"]!.GetValue<string>() != "PENDING"), TimeSpan.FromSeconds(120));

        var byName = bulletins.ToDictionary(b => b!["name"]!.GetValue<string>(), b => b!);
        var mismatches = new List<string>();
        foreach (var entry in BadInputCorpus.Entries)
        {
            var actual = byName[entry.File];
            var status = actual["status"]!.GetValue<string>();
            var error = actual["error"]?.GetValue<string>() ?? string.Empty;
            if (!string.Equals(status, entry.Outcome, StringComparison.OrdinalIgnoreCase)
                || (entry.Reason is not null && !error.Contains(entry.Reason, StringComparison.OrdinalIgnoreCase)))
            {
                mismatches.Add($"{entry.File}: expected {entry.Outcome} ({entry.Reason}), got {status} ({error})");
            }
        }

        Assert.Empty(mismatches);
        Assert.Equal("FAILED", byName[HugeFile]["status"]!.GetValue<string>());
        Assert.Contains("104,857,600 bytes", byName[HugeFile]["error"]!.GetValue<string>(), StringComparison.Ordinal);
        foreach (var seed in Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt"))
        {
            Assert.Equal("INGESTED", byName[Path.GetFileName(seed)]["status"]!.GetValue<string>());
        }

        var failed = (await GraphQLClient.DataAsync(client, "{ bulletins(status: FAILED) { name error } }"))["bulletins"]!.AsArray();
        Assert.Equal(BadInputCorpus.Entries.Count(e => e.Outcome == "Failed") + 1, failed.Count);
        Assert.All(failed, f => Assert.False(string.IsNullOrWhiteSpace(f!["error"]!.GetValue<string>())));
        Assert.Equal(before, Fingerprint(factory.Inbox));
    }

    /// <summary>Name → SHA-256 of every file, to prove the worker never deletes, renames or rewrites an input.</summary>
    private static Dictionary<string, string> Fingerprint(string folder)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder))
        {
            using var stream = File.OpenRead(path);
            result[Path.GetFileName(path)] = Convert.ToHexString(SHA256.HashData(stream));
        }

        return result;
    }
}
