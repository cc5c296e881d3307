namespace KnowledgeGraph.Bench.Tests;

public sealed class BenchOptionsTests
{
    [Fact]
    public void Parse_Help_AsksForUsageInsteadOfARun()
    {
        Assert.True(BenchOptions.Parse(["--help"]).Help);
        Assert.True(BenchOptions.Parse(["-h"]).Help);
        Assert.False(BenchOptions.Parse(["--scales", "1k,10k"]).Help);
    }

    [Fact]
    public void Parse_UnknownOption_NamesTheOptionAndWhereToLook()
    {
        var error = Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["--scael", "1M"]));

        Assert.Contains("'--scael'", error.Message, StringComparison.Ordinal);
        Assert.Contains("bench/README.md", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_OptionWithoutItsValue_SaysWhatIsMissing()
    {
        var error = Assert.Throws<ArgumentException>(() => BenchOptions.Parse(["--scales"]));

        Assert.Contains("--scales needs a value", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Usage_ListsEverySectionOnlyAccepts()
    {
        // The sections the runner asks options.Runs(…) about; a section missing here cannot be found by a new user.
        foreach (var section in new[] { "extraction", "ingestion", "load", "queries", "memory" })
        {
            Assert.Contains(section, BenchOptions.Usage, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_ScalesAndOnly_AreRead()
    {
        var options = BenchOptions.Parse(["--scales", "1k,1M", "--only", "queries,memory"]);

        Assert.Equal([1_000, 1_000_000], options.Scales);
        Assert.True(options.Runs("memory"));
        Assert.False(options.Runs("ingestion"));
    }
}
