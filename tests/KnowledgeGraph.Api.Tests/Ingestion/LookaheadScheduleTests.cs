using KnowledgeGraph.Api.Ingestion;

namespace KnowledgeGraph.Api.Tests.Ingestion;

public sealed class LookaheadScheduleTests
{
    [Fact]
    public void Delay_NothingMeasuredYet_StartsWithTheCommit() => Assert.Equal(TimeSpan.Zero, new LookaheadSchedule().Delay);

    [Fact]
    public void Delay_NoExtractionBesideACommitYet_StartsWithTheCommit()
    {
        var schedule = new LookaheadSchedule();
        schedule.Committed(TimeSpan.FromMilliseconds(850));

        Assert.Equal(TimeSpan.Zero, schedule.Delay);
    }

    [Fact]
    public void Delay_CommitLongerThanExtraction_ExtractionEndsWhenTheCommitIsExpectedTo()
    {
        var schedule = new LookaheadSchedule();
        schedule.Committed(TimeSpan.FromMilliseconds(850));
        schedule.Prepared(TimeSpan.FromMilliseconds(200));

        Assert.Equal(TimeSpan.FromMilliseconds(650), schedule.Delay);
    }

    [Fact]
    public void Delay_ExtractionLongerThanCommit_StartsWithTheCommit()
    {
        var schedule = new LookaheadSchedule();
        schedule.Committed(TimeSpan.FromMilliseconds(300));
        schedule.Prepared(TimeSpan.FromMilliseconds(450));

        Assert.Equal(TimeSpan.Zero, schedule.Delay);
    }

    [Fact]
    public void Delay_AfterAnotherCommit_FollowsTheLatestDurations()
    {
        var schedule = new LookaheadSchedule();
        schedule.Committed(TimeSpan.FromSeconds(2));
        schedule.Prepared(TimeSpan.FromMilliseconds(200));
        schedule.Committed(TimeSpan.FromMilliseconds(700));

        Assert.Equal(TimeSpan.FromMilliseconds(500), schedule.Delay);
    }
}
