using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Hosting.Protection;

/// <summary>Rate limiting, CORS and the last-resort exception handler, wired before the endpoints.</summary>
internal static class ProtectionRegistration
{
    private const string CorsPolicy = "configured-origins";
    private const string GraphQLPath = "/graphql";

    public static WebApplicationBuilder AddProtection(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<CorsOptions>().BindConfiguration(CorsOptions.Section);
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitOptions>>((limiter, settings) =>
        {
            var limits = settings.Value;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                !limits.Enabled || !http.Request.Path.StartsWithSegments(GraphQLPath, StringComparison.OrdinalIgnoreCase)
                    ? RateLimitPartition.GetNoLimiter(string.Empty)
                    : RateLimitPartition.GetTokenBucketLimiter(ClientOf(http), _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = limits.Burst,
                        TokensPerPeriod = limits.RequestsPerPeriod,
                        ReplenishmentPeriod = limits.Period,
                        QueueLimit = 0,
                        AutoReplenishment = true,
                    }));
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 1;
                await GraphQLErrorBody.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "RATE_LIMITED",
                    $"Too many requests from this client; retry after {retryAfter} s.", cancellationToken, retryAfter);
            };
        });
        builder.Services.AddCors();
        builder.Services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>().Configure<IOptions<CorsOptions>>((cors, settings) =>
            cors.AddPolicy(CorsPolicy, policy =>
            {
                var origins = settings.Value.AllowedOrigins.Where(o => !string.IsNullOrWhiteSpace(o)).ToArray();
                if (origins.Contains("*", StringComparer.Ordinal))
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    policy.WithOrigins(origins);
                }

                policy.WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept", "X-Api-Key");
            }));
        return builder;
    }

    /// <summary>Exception handler first, so nothing below it can leak a stack trace; then CORS, then the limiter.</summary>
    public static WebApplication UseProtection(this WebApplication app)
    {
        // The middleware logs the exception itself; the client gets a code and the trace id only.
        app.UseExceptionHandler(errors => errors.Run(http => GraphQLErrorBody.WriteAsync(http, StatusCodes.Status500InternalServerError,
            "INTERNAL_SERVER_ERROR", "The server failed to process the request.", http.RequestAborted)));
        app.UseCors(CorsPolicy);
        app.UseRateLimiter();
        return app;
    }

    // The key itself must never become a metrics tag or log value; its hash prefix is enough to tell clients apart.
    private static string ClientOf(HttpContext http)
    {
        var key = http.Request.Headers["X-Api-Key"].ToString();
        return key.Length > 0
            ? "key:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0, 8)
            : "ip:" + (http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }
}
