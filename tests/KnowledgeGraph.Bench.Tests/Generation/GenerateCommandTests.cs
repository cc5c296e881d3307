using KnowledgeGraph.Bench.Generation;

namespace KnowledgeGraph.Bench.Tests.Generation;

public sealed class GenerateCommandTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), "kg-generate-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task RunAsync_Dense_WritesTheIssuesTheIngestingRunDrops()
    {
        var exit = await GenerateCommand.RunAsync(["generate", "--bulletins", "3", "--dense", "--out", output]);

        // Files fed to a service by hand reproduce the serving-while-ingesting run only if they are the same issues.
        Assert.Equal(0, exit);
        var expected = Corpus.GeneratedDense(3, Corpus.SeedChars());
        var written = expected.Select(e => (e.Name, Text: File.ReadAllText(Path.Combine(output, e.Name)))).ToList();
        Assert.Equal(expected, written);
        Assert.Equal(3, Directory.GetFiles(output).Length);
        Assert.Contains("产业", written[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_WithoutDense_WritesSeedLikeIssues()
    {
        await GenerateCommand.RunAsync(["generate", "--out", output, "--bulletins", "2"]);

        var expected = Corpus.Generated(2, Corpus.SeedChars());
        Assert.All(expected, e => Assert.Equal(e.Text, File.ReadAllText(Path.Combine(output, e.Name))));
    }

    [Fact]
    public async Task RunAsync_OptionWithoutValue_SaysWhichOption()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => GenerateCommand.RunAsync(["generate", "--out", output, "--bulletins"]));

        Assert.Contains("--bulletins", error.Message, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
