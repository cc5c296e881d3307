namespace KnowledgeGraph.Extraction.Tests;

/// <summary>
/// What extracting one bulletin allocates: the ingestion pays for it in collections on both cores. A seed bulletin
/// cost about 580 KB before the per-sentence lists, closures and strings were taken out, about 230 KB after. Bytes
/// allocated on the test's own thread are deterministic, unlike timings, so the budget can be tight.
/// </summary>
public sealed class AllocationTests
{
    private const long BudgetPerSeedBulletin = 320_000;

    [Theory]
    [InlineData(Seeds.InnerMongolia)]
    [InlineData(Seeds.DairyCentre)]
    public void Extract_SeedBulletin_AllocatesWithinBudget(string name)
    {
        var text = Seeds.Read(name);
        var extractor = new RuleBasedExtractor();

        // The first runs build the lexicons and compile the code: that is start-up, not the bulletin.
        for (var i = 0; i < 3; i++)
        {
            extractor.Extract("warm-up", text);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        extractor.Extract("bulletin", text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < BudgetPerSeedBulletin, $"{name}: {allocated:N0} bytes allocated, budget {BudgetPerSeedBulletin:N0}");
    }
}
