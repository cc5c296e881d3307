using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Neo4j.QueryApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

public sealed class Neo4jOptionsTests
{
    [Theory]
    [InlineData("http://localhost:7474", "neo4j", "http://localhost:7474/db/neo4j/query/v2")]
    [InlineData("https://graph.example.cn/neo4j/", "kg", "https://graph.example.cn/neo4j/db/kg/query/v2")]
    [InlineData("neo4j+s://a1b2c3d4.databases.neo4j.io", "neo4j", "https://a1b2c3d4.databases.neo4j.io/db/neo4j/query/v2")]
    [InlineData("neo4j://core1.cluster.local:7687", "kg", "http://core1.cluster.local:7474/db/kg/query/v2")]
    public void QueryEndpoint_ConfiguredUri_MapsToQueryApiOfDatabase(string uri, string database, string expected) =>
        Assert.Equal(new Uri(expected), QueryEndpoint.For(new Uri(uri), database));

    [Fact]
    public void Options_MissingUri_FailValidationNamingTheSetting()
    {
        var settings = Neo4jServices.FastSettings(new Uri("http://localhost:7474"));
        settings.Remove("Graph:Neo4j:Uri");
        using var services = Neo4jServices.Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<Neo4jOptions>>().Value);

        Assert.Contains("Graph:Neo4j:Uri", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Graph:Neo4j:Database", "kg/../system")]
    [InlineData("Graph:Neo4j:Password", "")]
    [InlineData("Graph:Neo4j:BatchSize", "50000")]
    [InlineData("Graph:Neo4j:Uri", "ftp://localhost")]
    public void Options_InvalidSetting_FailValidation(string key, string value)
    {
        var settings = Neo4jServices.FastSettings(new Uri("http://localhost:7474"));
        settings[key] = value;
        using var services = Neo4jServices.Build(settings);

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<Neo4jOptions>>().Value);
    }

    [Fact]
    public void Options_FastSettings_AreValid()
    {
        using var services = Neo4jServices.Build(Neo4jServices.FastSettings(new Uri("http://localhost:7474")));

        Assert.Equal("neo4j", services.GetRequiredService<IOptions<Neo4jOptions>>().Value.Database);
    }
}
