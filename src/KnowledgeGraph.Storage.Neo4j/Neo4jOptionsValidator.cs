using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Neo4j;

internal sealed class Neo4jOptionsValidator : IValidateOptions<Neo4jOptions>
{
    private static readonly string[] Schemes = ["http", "https", "neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"];

    public ValidateOptionsResult Validate(string? name, Neo4jOptions options)
    {
        var failures = new List<string>();
        if (options.Uri is null || !options.Uri.IsAbsoluteUri || !Schemes.Contains(options.Uri.Scheme, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add($"{Neo4jOptions.Section}:Uri must be an absolute URI with one of the schemes {string.Join(", ", Schemes)}.");
        }

        // The name becomes a URL path segment; Neo4j database names are letters, digits, dots and dashes.
        if (string.IsNullOrWhiteSpace(options.Database) || !options.Database.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_'))
        {
            failures.Add($"{Neo4jOptions.Section}:Database must be a Neo4j database name (letters, digits, '.', '-').");
        }

        if (string.IsNullOrEmpty(options.Token) && string.IsNullOrEmpty(options.User) != string.IsNullOrEmpty(options.Password))
        {
            failures.Add($"{Neo4jOptions.Section}: set both User and Password, or a Token, or neither (server without auth).");
        }

        if (options.RequestTimeout <= TimeSpan.Zero || options.HealthTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{Neo4jOptions.Section}: RequestTimeout and HealthTimeout must be positive.");
        }

        if (options.MaxRetryAttempts is < 0 or > 20 || options.RetryBaseDelay < TimeSpan.Zero)
        {
            failures.Add($"{Neo4jOptions.Section}: MaxRetryAttempts must be 0-20 and RetryBaseDelay not negative.");
        }

        if (options.CircuitFailureRatio is <= 0 or > 1 || options.CircuitMinimumThroughput < 2
            || options.CircuitSamplingDuration < TimeSpan.FromMilliseconds(500) || options.CircuitBreakDuration < TimeSpan.FromMilliseconds(500))
        {
            failures.Add($"{Neo4jOptions.Section}: circuit breaker needs 0 < ratio <= 1, throughput >= 2, durations >= 0.5 s.");
        }

        if (options.BatchSize is < 1 or > 10000 || options.MaxRowsPerStatement < options.BatchSize)
        {
            failures.Add($"{Neo4jOptions.Section}: BatchSize must be 1-10000 and MaxRowsPerStatement >= BatchSize.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
