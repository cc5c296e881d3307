using KnowledgeGraph.Api.ChainMap;
using KnowledgeGraph.Api.GraphQL;
using KnowledgeGraph.Api.GraphQL.Http;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Api.Hosting.Protection;
using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Api.Observability;

NativeHeap.Configure();

var builder = WebApplication.CreateBuilder(args);

builder.UseDefaultUrls();
builder.AddGraphStore();
builder.AddExtraction();
builder.AddReferenceData();
builder.AddIngestion();
builder.AddGraphQLApi();
builder.AddHealth();
builder.AddObservability();
builder.AddProtection();

var app = builder.Build();

app.UseProtection();
app.MapGraphiQL();
app.MapGraphQL();
app.MapHealth();
app.MapChainMapPage();

app.Run();

/// <summary>Entry point type, public so WebApplicationFactory can host the app in tests.</summary>
public partial class Program;
