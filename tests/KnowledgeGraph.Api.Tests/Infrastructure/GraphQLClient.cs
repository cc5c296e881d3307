using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KnowledgeGraph.Api.Tests.Infrastructure;

/// <summary>POSTs GraphQL to /graphql the way a client would and hands back the parsed JSON response.</summary>
internal static class GraphQLClient
{
    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string query, object? variables = null, string? apiKey = null, string accept = "application/graphql-response+json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.Add(MediaTypeWithQualityHeaderValue.Parse(accept));
        if (apiKey is not null)
        {
            request.Headers.Add("X-Api-Key", apiKey);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Runs a query that must succeed: 200 and no errors; returns <c>data</c>.</summary>
    public static async Task<JsonNode> DataAsync(HttpClient client, string query, object? variables = null, string? apiKey = null)
    {
        using var response = await PostAsync(client, query, variables, apiKey);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"HTTP {(int)response.StatusCode}: {body}");
        var json = JsonNode.Parse(body)!;
        Assert.True(json["errors"] is null, $"GraphQL errors: {json["errors"]?.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })}");
        return json["data"]!;
    }

    public static async Task<JsonNode> BodyAsync(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    /// <summary>Polls <c>bulletins</c> until <paramref name="done"/> holds or the timeout passes.</summary>
    public static async Task<JsonArray> WaitForBulletinsAsync(HttpClient client, Func<JsonArray, bool> done, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(90));
        JsonArray bulletins;
        do
        {
            var data = await DataAsync(client, "{ bulletins { id name status error articleCount entityCount relationCount } }");
            bulletins = data["bulletins"]!.AsArray();
            if (done(bulletins))
            {
                return bulletins;
            }

            await Task.Delay(200);
        }
        while (DateTime.UtcNow < deadline);

        Assert.Fail($"Bulletins did not reach the expected state in time: {bulletins.ToJsonString()}");
        return bulletins;
    }

    public static int CountWithStatus(JsonArray bulletins, string status) =>
        bulletins.Count(b => b!["status"]!.GetValue<string>() == status);
}
