using KnowledgeGraph.Bench.Generation;

namespace KnowledgeGraph.Bench.Tests.Generation;

public sealed class CorpusTests
{
    [Fact]
    public void Generated_FromAnIndex_ContinuesTheSequenceSoAHistoryNeverRepeatsTheMeasuredIssues()
    {
        var chars = Corpus.SeedChars();
        var measured = Corpus.Generated(3, chars);
        var history = Corpus.Generated(3, 2, chars);

        // The grown-file ingestion figure fills a file with the issues after the measured ones: a repeat would be
        // recorded as a duplicate instead of committed, and the figure would time less work than it claims.
        Assert.Equal(Corpus.Generated(5, chars).Skip(3), history);
        Assert.Empty(history.Select(h => h.Text).Intersect(measured.Select(m => m.Text)));
        Assert.Empty(history.Select(h => h.Name).Intersect(measured.Select(m => m.Name)));
    }
}
