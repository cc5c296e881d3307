using System.Text;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Api.Observability;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>End to end through the inbox worker: seed bulletins in a temp inbox → real SQLite store → GraphQL.</summary>
public sealed class IngestionWorkerTests
{
    private const string ChainMapQuery = """
        query DairyMap($chain: String!, $region: String) {
          chainMap(chain: $chain, region: $region) {
            region { code name }
            segments {
              name stage count
              placements {
                name type via entityId
                region { code }
                entity { name aliases mentions { sentence articleTitle bulletin { name } } }
              }
            }
            chainLevel { name type }
          }
        }
        """;

    private const string StatsQuery = "{ stats { entities relations mentions bulletins entitiesByType { type count } relationsByType { type count } } }";

    [Fact]
    public async Task Worker_SeedInbox_ChainMapPlacesDairyCentreAndItsResearchCentresInInnerMongolia()
    {
        await using var factory = new ApiFactory().WithSeeds();
        using var client = factory.CreateClient();

        var bulletins = await GraphQLClient.WaitForBulletinsAsync(client, b => GraphQLClient.CountWithStatus(b, "INGESTED") == 2);
        Assert.All(bulletins, b => Assert.True(b!["articleCount"]!.GetValue<int>() > 0));

        var data = await GraphQLClient.DataAsync(client, ChainMapQuery, new { chain = "乳业", region = "内蒙古" });
        var map = data["chainMap"]!;
        Assert.Equal("150000", map["region"]!["code"]!.GetValue<string>());
        var segments = map["segments"]!.AsArray();
        Assert.Equal(
            ["饲草种植", "奶牛繁育", "奶牛养殖", "乳品加工", "乳品装备与包装", "质量安全与标准", "营养与健康", "冷链与销售"],
            segments.Select(s => s!["name"]!.GetValue<string>()));

        // Each research centre sits on a segment its name and sentence describe (繁育与养殖 → 奶牛繁育 or 奶牛养殖 …).
        AssertPlaced(segments, ["奶牛繁育", "奶牛养殖"], "奶牛繁育与养殖技术研究中心");
        AssertPlaced(segments, ["乳品加工", "乳品装备与包装"], "乳品工艺技术与装备研究中心");
        AssertPlaced(segments, ["营养与健康"], "营养与健康研究中心");
        AssertPlaced(segments, ["质量安全与标准"], "乳品安全与品质研究中心");
        AssertPlaced(segments, ["奶牛繁育", "奶牛养殖", "乳品加工", "乳品装备与包装", "营养与健康"], "国家乳业技术创新中心");
    }

    [Fact]
    public async Task Worker_SeedInbox_CommitsThroughTheServicesStoreInGroupsNotOneByOne()
    {
        await using var factory = new ApiFactory().WithSeeds();
        using var client = factory.CreateClient();

        await GraphQLClient.WaitForBulletinsAsync(client, b => GraphQLClient.CountWithStatus(b, "INGESTED") == 2);

        // The service's store is wrapped (metrics); a wrapper that did not pass groups on would commit one by one.
        var calls = factory.Services.GetRequiredService<StoreCallMetrics>();
        Assert.True(calls["CommitBulletinsAsync"] >= 1, string.Join(", ", calls.Calls));
        Assert.Equal(0, calls["CommitBulletinAsync"]);
    }

    [Fact]
    public async Task Worker_SameFolderIngestedTwice_GraphUnchanged()
    {
        var dataDirectory = Directory.CreateTempSubdirectory("kg-api-twice-").FullName;
        try
        {
            await IngestTwice(dataDirectory);
        }
        finally
        {
            Directory.Delete(dataDirectory, recursive: true);
        }
    }

    private static async Task IngestTwice(string dataDirectory)
    {
        JsonNode first;
        await using (var factory = new ApiFactory(dataDirectory).WithSeeds())
        {
            using var client = factory.CreateClient();
            await GraphQLClient.WaitForBulletinsAsync(client, b => GraphQLClient.CountWithStatus(b, "INGESTED") == 2);
            first = (await GraphQLClient.DataAsync(client, StatsQuery))["stats"]!;
        }

        await using (var factory = new ApiFactory(dataDirectory))
        {
            // Same folder again, plus one bulletin copied under another name: recorded DUPLICATE, graph untouched.
            var seed = Directory.EnumerateFiles(factory.Inbox, "*.txt").Order(StringComparer.Ordinal).First();
            File.Copy(seed, Path.Combine(factory.Inbox, "副本-" + Path.GetFileName(seed)));
            using var client = factory.CreateClient();
            var bulletins = await GraphQLClient.WaitForBulletinsAsync(client, b => GraphQLClient.CountWithStatus(b, "DUPLICATE") == 1);
            Assert.Equal(2, GraphQLClient.CountWithStatus(bulletins, "INGESTED"));
            Assert.Contains("Same content as", bulletins.Single(b => b!["status"]!.GetValue<string>() == "DUPLICATE")!["error"]!.GetValue<string>(), StringComparison.Ordinal);

            var again = (await GraphQLClient.DataAsync(client, StatsQuery))["stats"]!;
            Assert.Equal(first["entities"]!.GetValue<int>(), again["entities"]!.GetValue<int>());
            Assert.Equal(first["relations"]!.GetValue<int>(), again["relations"]!.GetValue<int>());
            Assert.Equal(first["mentions"]!.GetValue<int>(), again["mentions"]!.GetValue<int>());
            Assert.Equal(first["entitiesByType"]!.ToJsonString(), again["entitiesByType"]!.ToJsonString());
            Assert.Equal(first["relationsByType"]!.ToJsonString(), again["relationsByType"]!.ToJsonString());
        }
    }

    [Fact]
    public async Task Worker_BadFileAmongGoodOnes_BadRecordedFailedWithReasonAndGoodOnesIngested()
    {
        await using var factory = new ApiFactory().WithSeeds();
        // The first seed half UTF-8, half GBK: no single encoding reads it, so it must fail with a reason, not crash the worker.
        var seedText = await File.ReadAllTextAsync(Directory.EnumerateFiles(factory.Inbox, "*.txt").Order(StringComparer.Ordinal).First());
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var half = seedText.Length / 2;
        await File.WriteAllBytesAsync(Path.Combine(factory.Inbox, "科技情报参考-GBK编码.txt"),
            [.. Encoding.UTF8.GetBytes(seedText[..half]), .. Encoding.GetEncoding("GBK").GetBytes(seedText[half..])]);
        await File.WriteAllBytesAsync(Path.Combine(factory.Inbox, "空文件.txt"), []);
        using var client = factory.CreateClient();

        var bulletins = await GraphQLClient.WaitForBulletinsAsync(
            client, b => GraphQLClient.CountWithStatus(b, "INGESTED") == 2 && GraphQLClient.CountWithStatus(b, "FAILED") == 2);

        var gbk = bulletins.Single(b => b!["name"]!.GetValue<string>() == "科技情报参考-GBK编码.txt")!;
        Assert.Equal("FAILED", gbk["status"]!.GetValue<string>());
        Assert.Contains("UTF-8 in parts", gbk["error"]!.GetValue<string>(), StringComparison.Ordinal);
        var empty = bulletins.Single(b => b!["name"]!.GetValue<string>() == "空文件.txt")!;
        Assert.Contains("empty", empty["error"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(factory.Inbox, "空文件.txt")), "The worker must never delete user files.");
    }

    [Fact]
    public async Task Worker_StoreRefusesOneBulletin_ThatOneFailedWithReasonOthersIngested()
    {
        await using var factory = new ApiFactory()
            .WithSeeds()
            .WithServices(s => StoreDecoration.Decorate(s, inner => new RejectingGraphStore(inner, "乳业技术创新中心")));
        using var client = factory.CreateClient();

        var bulletins = await GraphQLClient.WaitForBulletinsAsync(
            client, b => GraphQLClient.CountWithStatus(b, "INGESTED") == 1 && GraphQLClient.CountWithStatus(b, "FAILED") == 1);

        var failed = bulletins.Single(b => b!["status"]!.GetValue<string>() == "FAILED")!;
        Assert.Contains("乳业技术创新中心", failed["name"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("constraint failed", failed["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worker_SameContentTwiceInOneGroup_FirstIngestedCopyRecordedDuplicate()
    {
        await using var factory = new ApiFactory().WithSeeds();
        var seed = Directory.EnumerateFiles(factory.Inbox, "*.txt").Order(StringComparer.Ordinal).First();
        File.Copy(seed, Path.Combine(factory.Inbox, "副本-" + Path.GetFileName(seed)));
        using var client = factory.CreateClient();

        var bulletins = await GraphQLClient.WaitForBulletinsAsync(
            client, b => GraphQLClient.CountWithStatus(b, "INGESTED") == 2 && GraphQLClient.CountWithStatus(b, "DUPLICATE") == 1);

        Assert.Equal(3, bulletins.Count);
        var duplicate = bulletins.Single(b => b!["status"]!.GetValue<string>() == "DUPLICATE")!;
        Assert.Contains(Path.GetFileName(seed), duplicate["error"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Worker_FileDroppedWhileRunning_IngestedWithoutRestart()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        await GraphQLClient.WaitForBulletinsAsync(client, b => b.Count == 0, TimeSpan.FromSeconds(5));

        var seed = Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).First();
        File.Copy(seed, Path.Combine(factory.Inbox, Path.GetFileName(seed)));

        var bulletins = await GraphQLClient.WaitForBulletinsAsync(client, b => GraphQLClient.CountWithStatus(b, "INGESTED") == 1, TimeSpan.FromSeconds(30));
        Assert.Equal(Path.GetFileName(seed), bulletins[0]!["name"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(false, 128)]
    [InlineData(true, 64)]
    public void GroupSize_Defaults_HalvedWhileServing(bool serving, int expected)
    {
        Assert.Equal(expected, IngestionWorker.GroupSize(new IngestionOptions(), serving));
    }

    [Fact]
    public void GroupSize_ServingSizeAboveTheCommitGroupSize_CommitGroupSizeStillTheLimit()
    {
        var settings = new IngestionOptions { CommitGroupSize = 16, CommitGroupSizeWhileServing = 64 };

        Assert.Equal(16, IngestionWorker.GroupSize(settings, serving: true));
    }

    private static void AssertPlaced(JsonArray segments, string[] segmentNames, string entityName)
    {
        var placements = segments
            .Where(s => segmentNames.Contains(s!["name"]!.GetValue<string>()))
            .SelectMany(s => s!["placements"]!.AsArray())
            .ToList();
        var placement = placements.FirstOrDefault(p => p!["name"]!.GetValue<string>() == entityName);
        Assert.True(placement is not null, $"{entityName} is not on {string.Join("/", segmentNames)}; found: {string.Join("、", placements.Select(p => p!["name"]))}");
        Assert.StartsWith("15", placement!["region"]?["code"]?.GetValue<string>() ?? "(no region)", StringComparison.Ordinal);
        var entity = placement["entity"]!;
        var sentences = entity["mentions"]!.AsArray().Select(m => m!["sentence"]!.GetValue<string>()).ToList();
        Assert.True(sentences.Any(s => s.Contains(entityName, StringComparison.Ordinal)), $"No mention sentence of {entityName} contains its name: {string.Join(" | ", sentences)}");
    }
}
