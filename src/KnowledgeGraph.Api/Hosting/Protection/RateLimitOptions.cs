using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Api.Hosting.Protection;

/// <summary>
/// Section <c>RateLimiting</c>: a token bucket per client on <c>/graphql</c>. A client is its API key (hashed) when it
/// sends one, else its remote address, so one noisy script cannot starve the others. Health endpoints are never limited.
/// </summary>
internal sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    /// <summary>Requests a client may burst before waiting for tokens.</summary>
    [Range(1, 1_000_000)]
    public int Burst { get; set; } = 100;

    /// <summary>Sustained requests per <see cref="Period"/>.</summary>
    [Range(1, 1_000_000)]
    public int RequestsPerPeriod { get; set; } = 50;

    [Range(typeof(TimeSpan), "00:00:00.010", "01:00:00")]
    public TimeSpan Period { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>Section <c>Cors</c>: browser origins allowed to call the API. Empty (the default) sends no CORS headers.</summary>
internal sealed class CorsOptions
{
    public const string Section = "Cors";

    /// <summary>Exact origins (https://example.org), or "*" for any origin (credentials are never allowed).</summary>
    public string[] AllowedOrigins { get; set; } = [];
}
