namespace KnowledgeGraph.Storage.Neo4j;

/// <summary>
/// Connection and resilience settings, bound from <c>Graph:Neo4j</c> (env: <c>Graph__Neo4j__Uri</c> …) and validated at start.
/// </summary>
public sealed class Neo4jOptions
{
    public const string Section = "Graph:Neo4j";

    /// <summary>
    /// Server address: http(s)://host:port of the HTTP connector (Query API), or a neo4j://, neo4j+s://, bolt:// URI,
    /// which is mapped to the same host's HTTP(S) connector (7474 for neo4j://, 443 for neo4j+s:// as on Aura).
    /// </summary>
    public Uri? Uri { get; set; }

    public string Database { get; set; } = "neo4j";

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>Bearer token (SSO / Aura API token); used instead of User/Password when set.</summary>
    public string? Token { get; set; }

    /// <summary>Per attempt; a statement slower than this is cancelled and retried.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan HealthTimeout { get; set; } = TimeSpan.FromSeconds(3);

    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First retry delay; later ones grow exponentially with jitter.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Failures among at least <see cref="CircuitMinimumThroughput"/> calls in the sampling window that open the circuit.</summary>
    public double CircuitFailureRatio { get; set; } = 0.5;

    public int CircuitMinimumThroughput { get; set; } = 10;

    public TimeSpan CircuitSamplingDuration { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan CircuitBreakDuration { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Rows per UNWIND statement when a write must be split (1,000–10,000).</summary>
    public int BatchSize { get; set; } = 5000;

    /// <summary>A bulletin graph up to this many rows is committed as one statement (one transaction).</summary>
    public int MaxRowsPerStatement { get; set; } = 10000;
}
