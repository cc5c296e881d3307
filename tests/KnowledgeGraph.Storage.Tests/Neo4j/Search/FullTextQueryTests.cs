using KnowledgeGraph.Storage.Neo4j.Search;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Search;

public sealed class FullTextQueryTests
{
    [Fact]
    public void Parse_ChineseTerms_BecomeQuotedPhrasesThatMustAllMatch()
    {
        var query = FullTextQuery.Parse(" 内蒙古  大学 ");

        Assert.Equal("\"内蒙古\" AND \"大学\"", query.Lucene);
        Assert.Equal(["内蒙古", "大学"], query.Terms);
    }

    [Theory]
    [InlineData("\"乳业")] // the analyzer would drop the quote and find 乳业
    [InlineData("乳企19999号")] // digits are one Latin token in the index, a part of it is no token
    [InlineData("100%")]
    [InlineData("乳")] // one character makes no bigram
    public void Parse_TermsTheBigramIndexCannotMatchExactly_AreLeftToTheSubstringCheck(string text)
    {
        var query = FullTextQuery.Parse(text);

        Assert.Null(query.Lucene);
        Assert.Equal([text], query.Terms);
    }

    [Fact]
    public void Parse_MixedTerms_IndexTheChineseOnesAndCheckAll()
    {
        var query = FullTextQuery.Parse("乳 技术 5G");

        Assert.Equal("\"技术\"", query.Lucene);
        Assert.Equal(["乳", "技术", "5G"], query.Terms);
    }

    [Fact]
    public void Parse_Blank_IsNoTextFilter() => Assert.Same(FullTextQuery.None, FullTextQuery.Parse("  "));
}
