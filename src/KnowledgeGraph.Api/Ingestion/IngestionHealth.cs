using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>
/// Whether the worker can write. Reads may still work while writes fail (a SQLite file locked by another process
/// still serves readers in WAL mode), so the service reports Degraded rather than going unready.
/// </summary>
internal sealed class IngestionHealth(TimeProvider time)
{
    private readonly Lock gate = new();
    private DateTimeOffset? failingSince;
    private string? lastFailure;

    public bool IsFailing
    {
        get
        {
            lock (gate)
            {
                return failingSince is not null;
            }
        }
    }

    public void StoreWriteFailed(Exception exception)
    {
        lock (gate)
        {
            failingSince ??= time.GetUtcNow();
            lastFailure = exception.GetType().Name;
        }
    }

    public void StoreWriteSucceeded()
    {
        lock (gate)
        {
            failingSince = null;
            lastFailure = null;
        }
    }

    public HealthCheckResult Report()
    {
        lock (gate)
        {
            return failingSince is { } since
                ? HealthCheckResult.Degraded($"Store writes failing since {since:O} ({lastFailure}); ingestion retries with backoff and resumes by itself.")
                : HealthCheckResult.Healthy("Ingestion can write to the store.");
        }
    }
}

internal sealed class IngestionHealthCheck(IngestionHealth health) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(health.Report());
}
