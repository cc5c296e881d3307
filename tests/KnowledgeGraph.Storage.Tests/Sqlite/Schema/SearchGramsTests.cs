using KnowledgeGraph.Storage.Sqlite.Schema;

namespace KnowledgeGraph.Storage.Tests.Sqlite.Schema;

public sealed class SearchGramsTests
{
    [Theory]
    [InlineData("国家乳业技术创新中心", "国家 家乳 乳业 业技 技术 术创 创新 新中 中心 ")]
    // Brackets are separators to the tokenizer: no pair holds one.
    [InlineData("内蒙古（巴彦淖尔）乳业", "内蒙 蒙古 巴彦 彦淖 淖尔 乳业 ")]
    [InlineData("5G基站", "5G G基 基站 ")]
    [InlineData("乳", "")]
    // An ideograph after Unicode 6.1 (U+9FD0) and a CJK Extension B one (a surrogate pair) are left out.
    [InlineData("乳鿐业𠀀乳", "")]
    public void Of_Name_PairsOfIndexedCharacters(string name, string expected) =>
        Assert.Equal(expected, SearchGrams.Of(name));

    [Theory]
    [InlineData("乳业", true)]
    [InlineData("5G", true)]
    [InlineData("ab", true)]
    [InlineData("（巴", false)]
    [InlineData("乳", false)]
    [InlineData("乳业园", false)]
    [InlineData("é业", false)]
    public void IsIndexed_Term_OnlyTwoIndexedCharacters(string term, bool expected) =>
        Assert.Equal(expected, SearchGrams.IsIndexed(term));
}
