using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Domain.Tests.Catalogue;

public sealed class ChainCatalogueTests
{
    private static readonly ChainCatalogue Catalogue = ChainCatalogue.Default;

    [Fact]
    public void Default_EmbeddedFiles_LoadAtLeastFifteenChains()
    {
        Assert.True(Catalogue.Chains.Count >= 15, $"{Catalogue.Chains.Count} chains");
        Assert.Equal(Catalogue.Chains.Count, Catalogue.Chains.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [InlineData("乳业")]
    [InlineData("草业")]
    [InlineData("稀土新材料")]
    [InlineData("现代农牧业")]
    [InlineData("新能源")]
    [InlineData("数字经济")]
    [InlineData("光电子信息")]
    [InlineData("新能源汽车")]
    [InlineData("人工智能")]
    [InlineData("生物医药")]
    [InlineData("集成电路")]
    [InlineData("铜基新材料")]
    [InlineData("膜材料")]
    [InlineData("智能制造")]
    [InlineData("节能环保")]
    [InlineData("现代煤化工")]
    public void Find_ChainTheSeedsTouch_IsInTheCatalogue(string name)
    {
        Assert.Equal(name, Catalogue.Find(name)?.Name);
    }

    [Theory]
    [InlineData("种业", "现代农牧业")]
    [InlineData("稀土", "稀土新材料")]
    [InlineData("风光氢储", "新能源")]
    [InlineData("物联网", "数字经济")]
    [InlineData("乳产业", "乳业")]
    [InlineData("高端装备", "智能制造")]
    [InlineData("软件信息", "软件信息服务")]
    public void Find_AliasUsedInBulletins_ReturnsCanonicalChain(string alias, string chain)
    {
        Assert.Equal(chain, Catalogue.Find(alias)?.Name);
    }

    [Fact]
    public void Default_NoAliasNamesTwoChains()
    {
        var names = Catalogue.Chains.SelectMany(c => c.Aliases.Append(c.Name).Distinct(StringComparer.Ordinal).Select(n => (Name: n, Chain: c.Name)));
        var clashes = names.GroupBy(n => n.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        Assert.Empty(clashes);
    }

    [Fact]
    public void Default_EveryChain_HasSixSegmentsCoveringAllThreeStages()
    {
        Assert.All(Catalogue.Chains, chain =>
        {
            Assert.True(chain.Segments.Count >= 6, $"{chain.Name}: {chain.Segments.Count} segments");
            Assert.Equal(Enum.GetValues<ChainStage>(), chain.Segments.Select(s => s.Stage).Distinct().Order());
        });
    }

    [Fact]
    public void Default_SegmentOrders_RunOneToNWithinEachStage()
    {
        Assert.All(Catalogue.Chains, chain =>
        {
            foreach (var stage in chain.Segments.GroupBy(s => s.Stage))
            {
                Assert.Equal(Enumerable.Range(1, stage.Count()), stage.Select(s => s.Order).Order());
            }
        });
    }

    [Fact]
    public void Default_SegmentNames_AreUniqueWithinAChainAndHaveKeywords()
    {
        Assert.All(Catalogue.Chains, chain =>
        {
            Assert.Equal(chain.Segments.Count, chain.Segments.Select(s => s.Name).Distinct(StringComparer.Ordinal).Count());
            Assert.All(chain.Segments, s => Assert.NotEmpty(s.Keywords));
            Assert.NotEmpty(chain.Keywords);
        });
    }

    [Fact]
    public void Default_Keywords_AreNeitherSingleCharactersNorProvinceOrCityNames()
    {
        // A region name as keyword would tie every organisation of that place to the chain (铜陵 → 铜基新材料).
        var places = Gazetteer.Default.All.Where(r => r.Level != RegionLevel.County).SelectMany(r => new[] { r.Name, r.ShortName }).ToHashSet(StringComparer.Ordinal);
        var keywords = Catalogue.Chains.SelectMany(c => c.Keywords.Concat(c.Segments.SelectMany(s => s.Keywords)).Select(k => (Chain: c.Name, Keyword: k)));

        var bad = keywords.Where(k => k.Keyword.Length < 2 || places.Contains(k.Keyword)).ToList();

        Assert.Empty(bad);
    }

    [Fact]
    public void Default_Supplies_ReferToSegmentsOfTheSameChainAndNeverFlowUpstream()
    {
        Assert.All(Catalogue.Chains, chain =>
        {
            var byName = chain.Segments.ToDictionary(s => s.Name, StringComparer.Ordinal);
            Assert.NotEmpty(chain.Supplies);
            Assert.All(chain.Supplies, pair =>
            {
                Assert.Equal(2, pair.Count);
                Assert.True(byName.ContainsKey(pair[0]), $"{chain.Name}: unknown segment {pair[0]}");
                Assert.True(byName.ContainsKey(pair[1]), $"{chain.Name}: unknown segment {pair[1]}");
                Assert.True(byName[pair[0]].Stage <= byName[pair[1]].Stage, $"{chain.Name}: {pair[0]} → {pair[1]} flows upstream");
            });
        });
    }

    [Fact]
    public void ToGraph_Dairy_LinksEverySegmentToItsChainAndKeepsSupplies()
    {
        var (entities, relations) = Catalogue.ToGraph();
        var dairy = Catalogue.Find("乳业")!;

        Assert.Contains(entities, e => e.Id == "IndustryChain:乳业" && e.Kind == EntityKind.IndustryChain);
        Assert.All(dairy.Segments, s => Assert.Contains(relations, r => r.Kind == RelationKind.PartOf && r.FromId == $"ChainSegment:乳业/{s.Name}" && r.ToId == "IndustryChain:乳业"));
        Assert.Contains(relations, r => r.Kind == RelationKind.Supplies && r.FromId == "ChainSegment:乳业/奶牛养殖" && r.ToId == "ChainSegment:乳业/乳品加工");
        Assert.Equal(["饲草种植", "奶牛繁育", "奶牛养殖"], dairy.Ordered.Take(3).Select(s => s.Name));
    }
}
