using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Domain.Tests.Regions;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Regions = Gazetteer.Default;

    [Theory]
    [InlineData("内蒙古")]
    [InlineData("内蒙古自治区")]
    [InlineData("150000")]
    public void Resolve_InnerMongoliaByAnyName_ReturnsProvince150000(string name)
    {
        var region = Regions.Resolve(name);

        Assert.NotNull(region);
        Assert.Equal("150000", region.Code);
        Assert.Equal("内蒙古自治区", region.Name);
        Assert.Equal(RegionLevel.Province, region.Level);
    }

    [Fact]
    public void Resolve_Bayannur_ReturnsCityInsideInnerMongolia()
    {
        var region = Regions.Resolve("巴彦淖尔");

        Assert.NotNull(region);
        Assert.Equal("150800", region.Code);
        Assert.Equal("巴彦淖尔市", region.Name);
        Assert.Equal("150000", region.ParentCode);
        Assert.Equal(RegionLevel.City, region.Level);
    }

    [Theory]
    [InlineData("南京", "320100", "320000")]
    [InlineData("南京市", "320100", "320000")]
    [InlineData("鄂尔多斯", "150600", "150000")]
    [InlineData("六安市", "341500", "340000")]
    [InlineData("攀枝花", "510400", "510000")]
    [InlineData("宁夏", "640000", null)]
    public void Resolve_RegionsNamedInTheSeeds_ReturnGazetteerEntry(string name, string code, string? parent)
    {
        var region = Regions.Resolve(name);

        Assert.NotNull(region);
        Assert.Equal(code, region.Code);
        Assert.Equal(parent, region.ParentCode);
    }

    [Fact]
    public void Resolve_NameOfProvinceAndCity_PrefersProvince()
    {
        Assert.Equal("220000", Regions.Resolve("吉林")?.Code);
        Assert.Contains(Regions.Find("吉林"), r => r.Code == "220200");
    }

    [Theory]
    [InlineData("150000", "15")]
    [InlineData("150800", "1508")]
    [InlineData("150802", "150802")]
    [InlineData("110000", "11")]
    public void PrefixOf_Code_ReturnsSharedPrefixOfRegionAndItsContents(string code, string prefix)
    {
        Assert.Equal(prefix, Gazetteer.PrefixOf(code));
    }

    [Fact]
    public void Default_EveryRegion_StartsWithItsParentsPrefix()
    {
        // Region filters are prefix ranges, so a child outside its parent's prefix would vanish from the parent's map.
        var strays = Regions.All
            .Where(r => r.ParentCode is { } parent && !r.Code.StartsWith(Gazetteer.PrefixOf(parent), StringComparison.Ordinal))
            .Select(r => r.Code)
            .ToList();

        Assert.Empty(strays);
    }

    [Fact]
    public void Default_ThirtyOneProvinceLevelDivisions_AllWithoutParent()
    {
        var provinces = Regions.All.Where(r => r.Level == RegionLevel.Province).ToList();

        Assert.Equal(31, provinces.Count);
        Assert.All(provinces, p => Assert.Null(p.ParentCode));
        Assert.Equal(provinces.Count, Regions.All.Count(r => r.ParentCode is null));
    }

    [Fact]
    public void Default_EveryParent_Exists()
    {
        var missing = Regions.All.Where(r => r.ParentCode is { } parent && Regions.Get(parent) is null).Select(r => r.Code).ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public void Default_ProvincesCitiesAndCountiesOnly_AboutThreeThousandTwoHundredRows()
    {
        Assert.InRange(Regions.All.Count, 3000, 3400);
        Assert.All(Regions.All, r => Assert.Matches("^[1-8][0-9]{5}$", r.Code));
        Assert.DoesNotContain(Regions.All, r => r.Name.Contains("开发区", StringComparison.Ordinal) || r.Name == "市辖区");
    }

    [Fact]
    public void Default_MunicipalityDistrict_HangsDirectlyOnTheMunicipality()
    {
        var chaoyang = Regions.Find("朝阳区").Single(r => r.Code == "110105");

        Assert.Equal("110000", chaoyang.ParentCode);
        Assert.Equal(["北京市"], Regions.Ancestors(chaoyang.Code).Select(r => r.Name));
    }

    [Theory]
    [InlineData("济源市", "410000")]
    [InlineData("仙桃市", "420000")]
    [InlineData("石河子市", "650000")]
    public void Default_ProvinceManagedCountyLevelCity_HangsOnTheProvince(string name, string province)
    {
        var city = Regions.Find(name).Single();

        Assert.Equal(province, city.ParentCode);
        Assert.Equal(RegionLevel.County, city.Level);
    }

    [Theory]
    [InlineData("内蒙古自治区", "内蒙古")]
    [InlineData("宁夏回族自治区", "宁夏")]
    [InlineData("西藏自治区", "西藏")]
    [InlineData("巴彦淖尔市", "巴彦淖尔")]
    [InlineData("锡林郭勒盟", "锡林郭勒")]
    [InlineData("恩施土家族苗族自治州", "恩施")]
    [InlineData("巴里坤哈萨克自治县", "巴里坤")]
    [InlineData("鄂伦春自治旗", "鄂伦春")]
    [InlineData("峰峰矿区", "峰峰")]
    [InlineData("滨海新区", "滨海")]
    [InlineData("城区", "城区")]
    public void ShortNameOf_OfficialName_DropsAdministrativeSuffixAndPeoples(string name, string shortName)
    {
        Assert.Equal(shortName, Gazetteer.ShortNameOf(name));
    }

    [Fact]
    public void Find_ShortNameOfAutonomousPrefecture_FindsIt()
    {
        Assert.Equal("422800", Regions.Resolve("恩施")?.Code);
    }
}
