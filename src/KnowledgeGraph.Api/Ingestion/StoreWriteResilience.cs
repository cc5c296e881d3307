using KnowledgeGraph.Api.Observability;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>
/// Retries store writes that failed for a transient reason, with exponential backoff and jitter, and keeps
/// <see cref="IngestionHealth"/> and the retry counter up to date. When the retries run out the exception goes to the
/// worker, which leaves the file unseen so the next scan tries again: nothing is lost, nothing is marked Failed.
/// </summary>
internal sealed partial class StoreWriteResilience
{
    private readonly ResiliencePipeline pipeline;
    private readonly IngestionHealth health;

    public StoreWriteResilience(IOptions<IngestionOptions> options, IngestionHealth health, IngestionTelemetry telemetry, TimeProvider time, ILogger<StoreWriteResilience> logger)
    {
        this.health = health;
        var settings = options.Value;
        pipeline = new ResiliencePipelineBuilder { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Exception>(StoreFaults.IsTransient),
                MaxRetryAttempts = settings.StoreRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = settings.StoreRetryBaseDelay,
                MaxDelay = settings.StoreRetryMaxDelay,
                OnRetry = args =>
                {
                    health.StoreWriteFailed(args.Outcome.Exception!);
                    telemetry.StoreRetry(args.Context.OperationKey ?? "write");
                    LogRetry(logger, args.Outcome.Exception!.GetType().Name, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            })
            .Build();
    }

    public static StoreWriteResilience Standalone(TimeProvider time) => new(
        Options.Create(new IngestionOptions()), new IngestionHealth(time), new IngestionTelemetry(), time,
        Microsoft.Extensions.Logging.Abstractions.NullLogger<StoreWriteResilience>.Instance);

    public async Task ExecuteAsync(string operation, Func<CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(operation, cancellationToken);
        try
        {
            await pipeline.ExecuteAsync(async (ctx, w) => await w(ctx.CancellationToken), context, write);
            health.StoreWriteSucceeded();
        }
        catch (Exception ex) when (StoreFaults.IsTransient(ex))
        {
            health.StoreWriteFailed(ex);
            throw;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Store write failed ({Error}); retry {Attempt} in {DelayMs:F0} ms")]
    private static partial void LogRetry(ILogger logger, string error, int attempt, double delayMs);
}
