using System.Net;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.ChainMap;

public sealed class ChainMapPageEndpointsTests
{
    [Fact]
    public async Task MapPage_WebRootWithoutThePage_ServiceStartsAndMapSaysWhatIsMissing()
    {
        // As when the DLL is started from its build output: no wwwroot/map next to it.
        var webRoot = Directory.CreateTempSubdirectory("kg-webroot-").FullName;
        try
        {
            await using var factory = new ApiFactory().With("webroot", webRoot);
            using var client = factory.CreateClient();

            using var map = await client.GetAsync(new Uri("/map", UriKind.Relative));
            var body = await map.Content.ReadAsStringAsync();
            var data = await GraphQLClient.DataAsync(client, """{ entity(id: "IndustryChain:乳业") { name } }""");

            Assert.Equal(HttpStatusCode.NotFound, map.StatusCode);
            Assert.Contains("dotnet run --project src/KnowledgeGraph.Api", body, StringComparison.Ordinal);
            Assert.Equal("乳业", data["entity"]!["name"]!.GetValue<string>());
        }
        finally
        {
            Directory.Delete(webRoot, recursive: true);
        }
    }

    [Fact]
    public async Task MapPage_ProjectWebRoot_ServesThePlannersPage()
    {
        await using var factory = new ApiFactory();
        using var client = factory.CreateClient();

        using var map = await client.GetAsync(new Uri("/map", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, map.StatusCode);
        Assert.Equal("text/html", map.Content.Headers.ContentType?.MediaType);
    }
}
