using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Storage.Tests.Neo4j;

/// <summary>
/// A scripted stand-in for Neo4j's Query API on a real loopback Kestrel server. No Neo4j server (and no Docker) runs
/// on the build machine, so the client's HTTP behaviour is tested against this: it records every request and answers
/// POST /db/{database}/query/v2 with the scripted responses in order, then with <see cref="Default"/>.
/// </summary>
internal sealed class QueryApiStandIn : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Scripted> script = new();

    private QueryApiStandIn(WebApplication app, int port)
    {
        this.app = app;
        Port = port;
    }

    public int Port { get; }

    public Uri Uri => new($"http://127.0.0.1:{Port}");

    public ConcurrentQueue<Recorded> Requests { get; } = new();

    public int Attempts => Requests.Count;

    /// <summary>Answer once the script is used up: one row with one typed integer.</summary>
    public Scripted Default { get; set; } = Scripted.Rows(["ok"], [[Typed("Integer", "1")]]);

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<QueryApiStandIn> StartAsync(int? port = null)
    {
        var chosen = port ?? FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{chosen}");
        var app = builder.Build();
        var standIn = new QueryApiStandIn(app, chosen);
        app.MapPost("/db/{database}/query/v2", standIn.HandleAsync);
        await app.StartAsync();
        return standIn;
    }

    public void Enqueue(params Scripted[] responses)
    {
        foreach (var response in responses)
        {
            script.Enqueue(response);
        }
    }

    public static object Typed(string type, object? value) => new Dictionary<string, object?> { ["$type"] = type, ["_value"] = value };

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context, string database)
    {
        using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        Requests.Enqueue(new Recorded(
            database,
            context.Request.Headers.Authorization.ToString(),
            context.Request.ContentType ?? string.Empty,
            context.Request.Headers.Accept.ToString(),
            JsonDocument.Parse(body).RootElement.Clone()));

        var response = script.TryDequeue(out var next) ? next : Default;
        if (response.Delay > TimeSpan.Zero)
        {
            await Task.Delay(response.Delay, context.RequestAborted);
        }

        context.Response.StatusCode = response.Status;
        context.Response.ContentType = "application/vnd.neo4j.query";
        await context.Response.WriteAsync(response.Body, context.RequestAborted);
    }

    internal sealed record Recorded(string Database, string Authorization, string ContentType, string Accept, JsonElement Body)
    {
        public string Statement => Body.GetProperty("statement").GetString()!;

        public JsonElement Parameter(string name) => Body.GetProperty("parameters").GetProperty(name);
    }

    internal sealed record Scripted(int Status, string Body, TimeSpan Delay = default)
    {
        public static Scripted Rows(string[] fields, object?[][] values, params string[] bookmarks) =>
            new(202, JsonSerializer.Serialize(new { data = new { fields, values }, bookmarks }));

        public static Scripted Error(int status, string code, string message) =>
            new(status, JsonSerializer.Serialize(new { errors = new[] { new { code, message } } }));

        public static Scripted Plain(int status, string text) => new(status, text);
    }
}
