using System.Globalization;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Bench.Generation;

/// <summary>
/// Organisation, person and achievement names after the patterns of the real bulletins (X省Y市Z技术创新中心, …有限公司,
/// 张涌院士). A non-zero <c>serial</c> makes a name unique for the scale generator; text bulletins pass 0 so names
/// repeat across bulletins the way real ones do.
/// </summary>
internal sealed class NameFactory(Gazetteer gazetteer)
{
    private readonly Region[] provinces = [.. gazetteer.All.Where(r => r.Level == RegionLevel.Province)];
    private readonly Region[] cities = [.. gazetteer.All.Where(r => r.Level == RegionLevel.City)];

    public Region City(Random random) => random.Pick(cities);

    public Region Province(Random random) => random.Pick(provinces);

    public Region ProvinceOf(Region region) =>
        region.ParentCode is { } parent && gazetteer.Get(parent) is { } province ? province : region;

    public string Enterprise(Random random, Region city, int serial = 0) =>
        $"{ProvinceOf(city).ShortName}{random.Pick(Vocabulary.CompanyWords)}{Serial(serial)}{random.Pick(Vocabulary.CompanyTrades)}{random.Pick(Vocabulary.CompanyForms)}";

    public string Platform(Random random, Region city, string field, int serial = 0) =>
        $"{ProvinceOf(city).Name}{city.Name}{field}{Serial(serial)}{random.Pick(Vocabulary.PlatformKinds)}";

    public string NationalPlatform(string field) => $"国家{field}技术创新中心";

    public string Lab(Random random, Region city, string field, int serial = 0) =>
        $"{ProvinceOf(city).ShortName}{field}{Serial(serial)}{random.Pick(Vocabulary.LabKinds)}";

    public string Park(Region city, int serial = 0) => $"{city.ShortName}{Serial(serial)}国家农业高新技术产业示范区";

    public string Incubator(Region city, string field, int serial = 0) => $"{city.ShortName}{field}{Serial(serial)}专业孵化器";

    public string University(Random random, int serial = 0) =>
        serial == 0 ? random.Pick(Vocabulary.Universities) : $"{random.Pick(Vocabulary.Universities)}{Serial(serial)}分校";

    public string Institute(Random random, int serial = 0) =>
        serial == 0 ? random.Pick(Vocabulary.Institutes) : $"{random.Pick(Vocabulary.Institutes)}{Serial(serial)}分院";

    public (string Name, string Title) Person(Random random, int serial = 0) =>
        ($"{random.Pick(Vocabulary.Surnames)}{random.Pick(Vocabulary.GivenNames)}{Serial(serial)}", random.Pick(Vocabulary.PersonTitles));

    public string Achievement(Random random, int serial = 0) =>
        $"{random.Pick(Vocabulary.Qualifiers)}{random.Pick(Vocabulary.AchievementStems)}{Serial(serial)}";

    public string Project(Random random, string field, int serial = 0) => $"{field}{random.Pick(Vocabulary.Topics)}{Serial(serial)}";

    public string Fund(Region city, string chain, int serial = 0) => $"{city.ShortName}{chain}产业发展基金{Serial(serial)}";

    public string Policy(Region city, string chain, int serial = 0) => $"{city.Name}关于加快{chain}产业高质量发展的若干措施{Serial(serial)}";

    public string Agency(Region province) => $"{province.ShortName}科技厅";

    private static string Serial(int serial) => serial == 0 ? string.Empty : serial.ToString(CultureInfo.InvariantCulture);
}
