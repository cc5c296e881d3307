using System.Net;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.GraphQL.Security;

public sealed class ApiKeyTests
{
    private const string Ingest = """
        mutation Ingest($name: String!, $text: String!) {
          ingestBulletin(name: $name, text: $text) { id name status articleCount entityCount error }
        }
        """;

    [Fact]
    public async Task IngestBulletin_ValidKey_IngestsRealBulletinText()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();
        var seed = Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).First();
        var text = await File.ReadAllTextAsync(seed);

        var data = await GraphQLClient.DataAsync(client, Ingest, new { name = "via-api.txt", text }, ApiFactory.ApiKey);

        var bulletin = data["ingestBulletin"]!;
        Assert.Equal("INGESTED", bulletin["status"]!.GetValue<string>());
        Assert.True(bulletin["entityCount"]!.GetValue<int>() > 0);
        var search = await GraphQLClient.DataAsync(client, "{ search(q: \"乳业\") { totalCount } }");
        Assert.True(search["search"]!["totalCount"]!.GetValue<int>() > 0);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-0123456789abcdef")]
    [InlineData("test-key-0123456789abcde")]
    public async Task IngestBulletin_MissingOrWrongKey_401AndNothingStored(string? key)
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        using var response = await GraphQLClient.PostAsync(client, Ingest, new { name = "x.txt", text = "国家乳业技术创新中心" }, key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("X-Api-Key", (await GraphQLClient.BodyAsync(response))["errors"]![0]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        var bulletins = await GraphQLClient.DataAsync(client, "{ bulletins { id } }");
        Assert.Empty(bulletins["bulletins"]!.AsArray());
    }

    [Fact]
    public async Task IngestBulletin_NoKeysConfigured_403()
    {
        await using var factory = new ApiFactory().With("Api:Keys:0", null);
        using var client = factory.CreateClient();

        using var response = await GraphQLClient.PostAsync(client, Ingest, new { name = "x.txt", text = "国家乳业技术创新中心" }, "anything-at-all-1234567");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Query_RequireKeyForQueries_401WithoutKeyAnd200WithKey()
    {
        await using var factory = new ApiFactory().With("Api:RequireKeyForQueries", "true");
        using var client = factory.CreateClient();

        using var anonymous = await GraphQLClient.PostAsync(client, "{ chains { name } }");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        var data = await GraphQLClient.DataAsync(client, "{ chains { name } }", apiKey: ApiFactory.ApiKey);
        Assert.Contains(data["chains"]!.AsArray(), c => c!["name"]!.GetValue<string>() == "乳业");
    }

    [Fact]
    public async Task Query_OpenByDefault_200WithoutKey()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        var data = await GraphQLClient.DataAsync(client, "{ chains { name } }");

        Assert.Contains(data["chains"]!.AsArray(), c => c!["name"]!.GetValue<string>() == "乳业");
    }
}
