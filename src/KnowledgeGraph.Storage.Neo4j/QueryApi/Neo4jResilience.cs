using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace KnowledgeGraph.Storage.Neo4j.QueryApi;

/// <summary>
/// The one resilience pipeline around every Query API call, outermost first: retry (jittered exponential backoff) →
/// circuit breaker → per-attempt timeout. Only the named transient failures are handled; a Neo.ClientError fails at once.
/// All writes are MERGEs, so retrying a statement whose first attempt did commit is harmless.
/// </summary>
internal static class Neo4jResilience
{
    public const string PipelineKey = "KnowledgeGraph.Neo4j";

    /// <summary>What is retried: every transient failure.</summary>
    public static readonly PredicateBuilder<object> Transient = new PredicateBuilder()
        .Handle<Neo4jTransientException>()
        .Handle<Neo4jUnavailableException>()
        .Handle<HttpRequestException>()
        .Handle<TimeoutRejectedException>();

    /// <summary>
    /// What opens the circuit: signs that the server is unavailable. Lock contention between our own writers
    /// (Neo.TransientError.Transaction.DeadlockDetected, LockClientStopped …) is retried but says nothing about the server.
    /// </summary>
    public static readonly PredicateBuilder<object> Unavailable = new PredicateBuilder()
        .Handle<Neo4jTransientException>(e => !e.Code.StartsWith("Neo.TransientError.Transaction.", StringComparison.Ordinal))
        .Handle<Neo4jUnavailableException>()
        .Handle<HttpRequestException>()
        .Handle<TimeoutRejectedException>();

    public static void Configure(ResiliencePipelineBuilder builder, Neo4jOptions options, ILogger logger)
    {
        if (options.MaxRetryAttempts > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = Transient,
                MaxRetryAttempts = options.MaxRetryAttempts,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryBaseDelay,
                MaxDelay = TimeSpan.FromSeconds(10),
                OnRetry = args =>
                {
                    Log.Retrying(logger, args.AttemptNumber + 1, args.RetryDelay, args.Outcome.Exception?.Message);
                    return default;
                },
            });
        }

        builder
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                ShouldHandle = Unavailable,
                FailureRatio = options.CircuitFailureRatio,
                MinimumThroughput = options.CircuitMinimumThroughput,
                SamplingDuration = options.CircuitSamplingDuration,
                BreakDuration = options.CircuitBreakDuration,
                OnOpened = args =>
                {
                    Log.CircuitOpened(logger, args.BreakDuration, args.Outcome.Exception?.Message);
                    return default;
                },
                OnClosed = _ =>
                {
                    Log.CircuitClosed(logger);
                    return default;
                },
            })
            .AddTimeout(options.RequestTimeout);
    }
}

internal static partial class Log
{
    [LoggerMessage(EventId = 4101, Level = LogLevel.Warning, Message = "Neo4j call failed transiently; retry {Attempt} in {Delay}: {Reason}")]
    public static partial void Retrying(ILogger logger, int attempt, TimeSpan delay, string? reason);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Error, Message = "Neo4j circuit opened for {BreakDuration}: {Reason}")]
    public static partial void CircuitOpened(ILogger logger, TimeSpan breakDuration, string? reason);

    [LoggerMessage(EventId = 4103, Level = LogLevel.Information, Message = "Neo4j circuit closed; the server answers again")]
    public static partial void CircuitClosed(ILogger logger);

    [LoggerMessage(EventId = 4104, Level = LogLevel.Information, Message = "Neo4j schema ready at {Endpoint} ({Statements} statements)")]
    public static partial void SchemaReady(ILogger logger, Uri endpoint, int statements);
}
