using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Extraction.Tests.Reading;

public sealed class BulletinReaderTests
{
    [Fact]
    public void Read_InnerMongoliaSeed_FindsEveryArticleTitle()
    {
        var doc = BulletinReader.Read(Seeds.Read(Seeds.InnerMongolia));

        Assert.Equal(
            [
                "内蒙古：高能级创新平台助力科技“突围”",
                "安徽省六安市综合施策推动科技特派员创新创业",
                "湖北武汉：“武创通”科创平台上线服务大数据科技治理",
                "南京持续强化四链融合打通科技成果转化“最后一公里”",
                "南京市厚植科创沃土推动创新型民营经济高质量发展",
                "武汉出台促进科技成果转化 20 条新政",
            ],
            doc.Articles.Select(a => a.Title));
    }

    [Fact]
    public void Read_DairySeed_FindsEveryArticleTitle()
    {
        var doc = BulletinReader.Read(Seeds.Read(Seeds.DairyCentre));

        Assert.Equal(
            [
                "国家乳业技术创新中心实现五个里程碑式进展",
                "湖北宜昌：积极推动数字经济发展",
                "四川省资阳市注重制度约束 深化市级科技计划管理改革",
                "安徽省铜陵市“三聚焦”助力企业高质量发展",
                "四川攀枝花多措并举推进市级科技计划项目管理",
                "南京市扎实推进原始创新和成果转化取得“新突破”",
                "宁夏农村科技发展中心“五大抓手”促进乡村振兴",
            ],
            doc.Articles.Select(a => a.Title));
    }

    [Fact]
    public void Read_SubHeadings_StayInsideTheirArticle()
    {
        var article = BulletinReader.Read(Seeds.Read(Seeds.InnerMongolia)).Articles[0];

        var texts = article.Sentences.Select(s => s.Text).ToList();
        Assert.Contains("科技投入再加大支持力度前所未有", texts);
        Assert.Contains("核心攻坚再强化创新成果竞相涌现", texts);
        Assert.Contains(texts, t => t.StartsWith("巴彦淖尔市农牧业科学研究所闫文芝研究员", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_PageFurniture_IsRemoved()
    {
        var doc = BulletinReader.Read(Seeds.Read(Seeds.InnerMongolia));

        var sentences = doc.Articles.SelectMany(a => a.Sentences).Select(s => s.Text).ToList();
        Assert.DoesNotContain(sentences, s => s.Contains("科技情报参考", StringComparison.Ordinal) || s.Contains("选析情报精华", StringComparison.Ordinal));
        Assert.DoesNotContain(sentences, s => s.All(char.IsAsciiDigit));
        // The sentence that runs over the page break (page 11) is one sentence without the masthead.
        Assert.Contains("组建产业创新联合实验室，支持科技领军企业牵头，联合产业链上下游中小企业及相关科研机构，协同开展研发攻关。", sentences);
    }

    [Fact]
    public void Read_LineWrappedWords_AreRejoinedWithoutSpaces()
    {
        var sentences = BulletinReader.Read(Seeds.Read(Seeds.InnerMongolia)).Articles.SelectMany(a => a.Sentences).Select(s => s.Text).ToList();

        Assert.Contains(sentences, s => s.Contains("攻克关键核心技术、营造创新生态", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.Contains("自治区重点实验室接续联动", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.Contains("产出“巴麦13号”小麦新品种", StringComparison.Ordinal));
        Assert.Contains(sentences, s => s.Contains("北斗GPS牧场巡检机器人", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(Seeds.InnerMongolia)]
    [InlineData(Seeds.DairyCentre)]
    public void Read_EverySentenceCharacter_MapsBackToTheOriginalText(string seed)
    {
        var original = Seeds.Read(seed);
        var doc = BulletinReader.Read(original);

        foreach (var sentence in doc.Articles.SelectMany(a => a.Sentences))
        {
            for (var i = 0; i < sentence.Text.Length; i++)
            {
                if (sentence.Text[i] != ' ')
                {
                    Assert.Equal(sentence.Text[i], Chars.Fold(original[sentence.OriginalOffset(i)]));
                }
            }
        }
    }

    [Fact]
    public void Read_NameBrokenAcrossLines_SpanCoversItInTheOriginal()
    {
        var original = Seeds.Read(Seeds.InnerMongolia);
        var sentence = BulletinReader.Read(original).Articles[0].Sentences.First(s => s.Text.Contains("国家稀土新材料技术创新中心、国家草业", StringComparison.Ordinal));

        var at = sentence.Text.IndexOf("国家稀土新材料技术创新中心", StringComparison.Ordinal);
        var (start, end) = sentence.OriginalSpan(at, "国家稀土新材料技术创新中心".Length);

        var raw = original[start..end];
        Assert.Contains('\n', raw);
        Assert.Equal("国家稀土新材料技术创新中心", string.Concat(raw.Where(c => !char.IsWhiteSpace(c))));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n \t ")]
    [InlineData("。。。！！？？；；")]
    [InlineData("12\n\n7\n\n")]
    public void Read_TextWithoutContent_ReturnsNoArticles(string text)
    {
        Assert.Empty(BulletinReader.Read(text).Articles);
    }
}
