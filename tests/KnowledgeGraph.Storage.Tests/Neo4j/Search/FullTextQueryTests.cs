using KnowledgeGraph.Storage.Neo4j.Search;

namespace KnowledgeGraph.Storage.Tests.Neo4j.Search;

public sealed class FullTextQueryTests
{
    [Fact]
    public void Parse_ChineseTerms_BecomeQuotedPhrasesThatMustAllMatch()
    {
        var query = FullTextQuery.Parse(" 乳业  创新中心 ");

        Assert.Equal("\"乳业\" AND \"创新中心\"", query.Lucene);
        Assert.Empty(query.ShortTerms);
    }

    [Fact]
    public void Parse_LuceneSyntaxInUserText_IsQuotedNotInterpreted()
    {
        var query = FullTextQuery.Parse("name:乳* \"伊利\\");

        Assert.Equal("\"name:乳*\" AND \"\\\"伊利\\\\\"", query.Lucene);
    }

    [Fact]
    public void Parse_SingleCharacterTerm_IsMatchedBySubstringInstead()
    {
        var query = FullTextQuery.Parse("乳 技术");

        Assert.Equal("\"技术\"", query.Lucene);
        Assert.Equal(["乳"], query.ShortTerms);
    }

    [Fact]
    public void Parse_Blank_IsNoTextFilter()
    {
        Assert.Same(FullTextQuery.None, FullTextQuery.Parse("  "));
    }
}
