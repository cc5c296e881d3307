using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using KnowledgeGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KnowledgeGraph.Api.Tests.Hosting.Protection;

public sealed class ProtectionTests
{
    [Fact]
    public async Task Post_OverTheClientRateLimit_429WithGraphQLErrorAndRetryAfter()
    {
        await using var factory = new ApiFactory()
            .With("RateLimiting:Burst", "5")
            .With("RateLimiting:RequestsPerPeriod", "1")
            .With("RateLimiting:Period", "00:01:00");
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 8; i++)
        {
            using var response = await GraphQLClient.PostAsync(client, "{ stats { entities } }");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var body = await GraphQLClient.BodyAsync(response);
                Assert.Equal("RATE_LIMITED", body["errors"]![0]!["extensions"]!["code"]!.GetValue<string>());
                Assert.True(response.Headers.RetryAfter is not null);
            }
        }

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(3, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
        using var health = await client.GetAsync(new Uri("/health/live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }

    [Fact]
    public async Task Post_RateLimitedKeyedClient_OtherClientsStillServed()
    {
        await using var factory = new ApiFactory().With("RateLimiting:Burst", "2").With("RateLimiting:RequestsPerPeriod", "1").With("RateLimiting:Period", "00:01:00");
        using var client = factory.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            using var _ = await GraphQLClient.PostAsync(client, "{ stats { entities } }", apiKey: ApiFactory.ApiKey);
        }

        using var keyed = await GraphQLClient.PostAsync(client, "{ stats { entities } }", apiKey: ApiFactory.ApiKey);
        using var anonymous = await GraphQLClient.PostAsync(client, "{ stats { entities } }");

        Assert.Equal(HttpStatusCode.TooManyRequests, keyed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
    }

    [Theory]
    [InlineData("https://chain-map.example.org", "https://chain-map.example.org")]
    [InlineData("https://evil.example.com", null)]
    public async Task Preflight_ConfiguredOrigins_OnlyThoseAllowed(string origin, string? allowed)
    {
        await using var factory = new ApiFactory().With("Cors:AllowedOrigins:0", "https://chain-map.example.org");
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");

        using var response = await client.SendAsync(request);

        var header = response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
        Assert.Equal(allowed, header);
    }

    [Fact]
    public async Task Logs_KeyUsedRightAndWrong_KeyNeverAppearsInAnyLogLine()
    {
        var sink = new CapturingLoggerProvider();
        await using var factory = new ApiFactory()
            .With("Logging:LogLevel:Default", "Trace")
            .WithServices(services => services.AddSingleton<ILoggerProvider>(sink));
        using var client = factory.CreateClient();
        var text = await File.ReadAllTextAsync(Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).First());
        const string Mutation = "mutation($name: String!, $text: String!) { ingestBulletin(name: $name, text: $text) { status } }";
        const string WrongKey = "wrong-key-0123456789-ABCDEFGHIJ";

        using (var ok = await GraphQLClient.PostAsync(client, Mutation, new { name = "key-test.txt", text }, ApiFactory.ApiKey))
        {
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        }

        using (var wrong = await GraphQLClient.PostAsync(client, Mutation, new { name = "key-test-2.txt", text }, WrongKey))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        }

        Assert.NotEmpty(sink.Lines);
        Assert.DoesNotContain(sink.Lines, l => l.Contains(ApiFactory.ApiKey, StringComparison.Ordinal) || l.Contains(WrongKey, StringComparison.Ordinal));
    }

    private sealed class CapturingLoggerProvider : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Capturing(this, categoryName);

        public void Dispose()
        {
        }

        private sealed class Capturing(CapturingLoggerProvider owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state)
                where TState : notnull
            {
                owner.Lines.Enqueue($"{category} scope {state}");
                return null;
            }

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(';', pairs.Select(p => $"{p.Key}={p.Value}")) : string.Empty;
                owner.Lines.Enqueue($"{category} {formatter(state, exception)} {structured} {exception}");
            }
        }
    }
}
