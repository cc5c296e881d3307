namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// Whether the service is answering queries right now, for the work that should yield to them: the inbox worker
/// commits in smaller groups while it does (<see cref="Ingestion.IngestionOptions.CommitGroupSizeWhileServing"/>), as a
/// group in memory and the queries' own garbage together set the service's peak memory.
/// </summary>
internal sealed class ServingActivity(TimeProvider time)
{
    /// <summary>How long after a query the service still counts as serving: a client that polls or pages sends its next one within it.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    /// <summary>Writes no more often than this, so thousands of requests a second do not all write one shared field.</summary>
    private static readonly TimeSpan Resolution = TimeSpan.FromMilliseconds(100);

    /// <summary>No query answered yet: a timestamp no clock returns.</summary>
    private const long Never = long.MinValue;

    private long lastServed = Never;

    /// <summary>Called for every query the service answers.</summary>
    public void Served()
    {
        if (Within(Resolution))
        {
            return;
        }

        Volatile.Write(ref lastServed, time.GetTimestamp());
    }

    /// <summary>True while the last query was answered within <see cref="Window"/>.</summary>
    public bool IsServing => Within(Window);

    private bool Within(TimeSpan span) => Volatile.Read(ref lastServed) is var last and not Never && time.GetElapsedTime(last) < span;
}
