using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Hosting.Protection;

/// <summary>
/// Cypher, SQL and FTS injection strings, Chinese, emoji and control characters through every string argument: the
/// graph is unchanged afterwards and the only errors are validation errors, never internal ones.
/// </summary>
public sealed class InjectionTests
{
    private static readonly string[] Payloads =
    [
        "'; DROP TABLE entities; --",
        "\" OR 1=1 --",
        "%' OR '1'='1",
        "') MATCH (n) DETACH DELETE n //",
        "\"}) RETURN 1 UNION MATCH (n) DETACH DELETE n RETURN 1 //",
        "乳业\" OR \"a\"=\"a",
        "NEAR(乳业 创新) * ^ AND OR NOT",
        "🐄🥛\u200B\u0007\u001B[0m",
        "\u0000\u0001\uFFFF",
        "内蒙古' ; MATCH (n) SET n.name = 'pwned",
        new string('乳', 5000),
    ];

    private static readonly string[] Queries =
    [
        "query($v: String!) { search(q: $v) { nodes { id } } }",
        "query($v: String!) { entities(nameContains: $v) { nodes { id } } }",
        "query($v: String!) { entities(search: $v) { nodes { id } } }",
        "query($v: String!) { entities(region: $v) { nodes { id } } }",
        "query($v: String!) { entities(chain: $v, segment: $v) { nodes { id } } }",
        "query($v: String!) { entities(after: $v) { nodes { id } } }",
        "query($v: String!) { search(q: \"乳业\", after: $v) { nodes { id } } }",
        "query($v: ID!) { entity(id: $v) { id } }",
        "query($v: ID!) { bulletin(id: $v) { id } }",
        "query($v: ID!) { articles(bulletinId: $v) { title } }",
        "query($v: String!) { chainMap(chain: $v) { chain { name } } }",
        "query($v: String!) { chainMap(chain: \"乳业\", region: $v) { chain { name } } }",
        "query($v: String!) { regions(q: $v) { code } }",
    ];

    [Fact]
    public async Task EveryArgument_InjectionPayloads_GraphUnchangedAndNoInternalErrors()
    {
        await using var factory = new ApiFactory().WithSeeds().With("RateLimiting:Enabled", "false");
        using var client = factory.CreateClient();
        await GraphQLClient.WaitForBulletinsAsync(client, b => GraphQLClient.CountWithStatus(b, "INGESTED") == 2);
        var before = await StatsAsync(client);
        var internalErrors = new List<string>();

        foreach (var query in Queries)
        {
            foreach (var payload in Payloads)
            {
                using var response = await GraphQLClient.PostAsync(client, query, new { v = payload });
                var body = await response.Content.ReadAsStringAsync();
                if ((int)response.StatusCode >= 500 || body.Contains("INTERNAL_SERVER_ERROR", StringComparison.Ordinal) || body.Contains("Sqlite", StringComparison.OrdinalIgnoreCase))
                {
                    internalErrors.Add($"{query} with {payload[..Math.Min(30, payload.Length)]}: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
                }
            }
        }

        const string Mutation = "mutation($n: String!, $t: String!) { ingestBulletin(name: $n, text: $t) { status error } }";
        foreach (var payload in Payloads)
        {
            var name = payload.Replace("/", "", StringComparison.Ordinal);
            using var response = await GraphQLClient.PostAsync(client, Mutation, new { n = name[..Math.Min(200, name.Length)] + ".txt", t = payload }, ApiFactory.ApiKey);
            var body = await response.Content.ReadAsStringAsync();
            if ((int)response.StatusCode >= 500 || body.Contains("INTERNAL_SERVER_ERROR", StringComparison.Ordinal))
            {
                internalErrors.Add($"ingestBulletin with {payload[..Math.Min(30, payload.Length)]}: {(int)response.StatusCode} {body[..Math.Min(300, body.Length)]}");
            }
        }

        Assert.True(internalErrors.Count == 0, string.Join("\n", internalErrors));
        var after = await StatsAsync(client);
        Assert.Equal(before["entities"]!.GetValue<int>(), after["entities"]!.GetValue<int>());
        Assert.Equal(before["relations"]!.GetValue<int>(), after["relations"]!.GetValue<int>());
        Assert.Equal(before["mentions"]!.GetValue<int>(), after["mentions"]!.GetValue<int>());
        var bulletins = (await GraphQLClient.DataAsync(client, "{ bulletins { status entityCount } }"))["bulletins"]!.AsArray();
        Assert.Equal(2, bulletins.Count(b => b!["entityCount"]!.GetValue<int>() > 0));
    }

    private static async Task<JsonNode> StatsAsync(HttpClient client) =>
        (await GraphQLClient.DataAsync(client, "{ stats { entities relations mentions } }"))["stats"]!;
}
