namespace KnowledgeGraph.Api.Ingestion;

/// <summary>
/// When the next group's files are read and extracted while the current group commits. Started with the commit, the
/// next group sat extracted in memory for the rest of it, two groups' graphs at once, promoted to the oldest
/// generation by the collections that ran meanwhile. Started as late as the last extraction took before the commit
/// is expected to end (each as long as the last one), it still finishes about when the commit does, so the writer
/// is fed as before, and it holds less for less time: a backlog of 2,400 dense issues peaked 20-30 MB lower at the
/// same rate (docs/benchmarks.md, "Fourteenth session: the next group is extracted just in time").
/// </summary>
internal sealed class LookaheadSchedule
{
    private TimeSpan lastCommit;
    private TimeSpan? lastPrepare;

    /// <summary>
    /// How long after a commit starts the next group's reading and extraction should start: at once until an
    /// extraction beside a commit has been measured.
    /// </summary>
    public TimeSpan Delay => lastPrepare is { } prepare && lastCommit > prepare ? lastCommit - prepare : TimeSpan.Zero;

    /// <summary>A group's reading and extraction, beside a commit, took <paramref name="elapsed"/>.</summary>
    public void Prepared(TimeSpan elapsed) => lastPrepare = elapsed;

    /// <summary>A group's commit took <paramref name="elapsed"/>.</summary>
    public void Committed(TimeSpan elapsed) => lastCommit = elapsed;
}
