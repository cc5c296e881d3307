using System.Text.Json;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Domain.Tests;

/// <summary>
/// The hand-made gold files (tests/KnowledgeGraph.Extraction.Tests/Gold) are the yardstick of extraction; they may
/// only name chains and segments the catalogue has and regions the gazetteer has, or the yardstick is unreachable.
/// </summary>
public sealed class GoldReferenceTests
{
    private static readonly string Root = FindRoot();

    public static TheoryData<string> GoldFiles() => [.. Directory.GetFiles(GoldDir, "*.gold.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    private static string GoldDir => Path.Combine(Root, "tests", "KnowledgeGraph.Extraction.Tests", "Gold");

    [Fact]
    public void Seeds_EverySeedBulletin_HasAGoldFile()
    {
        var seeds = Directory.GetFiles(Path.Combine(Root, "seeds"), "*.txt").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        var gold = Directory.GetFiles(GoldDir, "*.gold.json").Select(f => Path.GetFileName(f)[..^".gold.json".Length]).Order(StringComparer.Ordinal);

        Assert.Equal(seeds, gold);
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void GoldFile_ChainsAndSegments_ExistInTheCatalogue(string file)
    {
        var gold = Load(file);

        foreach (var name in Names(gold, "IndustryChain"))
        {
            Assert.True(ChainCatalogue.Default.Find(name)?.Name == name, $"{file}: chain {name} is not a catalogue chain name");
        }

        foreach (var name in Names(gold, "ChainSegment"))
        {
            var parts = name.Split('/');
            var chain = ChainCatalogue.Default.Find(parts[0]);
            Assert.True(parts.Length == 2 && chain?.Name == parts[0] && chain.Segments.Any(s => s.Name == parts[1]), $"{file}: segment {name} is not in the catalogue");
            Assert.Contains(parts[0], Names(gold, "IndustryChain"));
        }
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void GoldFile_Regions_AreGazetteerFullNames(string file)
    {
        var gold = Load(file);

        foreach (var name in Names(gold, "Region"))
        {
            Assert.True(Gazetteer.Default.Find(name).Any(r => r.Name == name), $"{file}: region {name} is not a gazetteer full name");
        }

        foreach (var entity in gold.GetProperty("entities").EnumerateArray())
        {
            if (entity.GetProperty("region").GetString() is { } region)
            {
                Assert.Contains(region, Names(gold, "Region"));
            }
        }
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void GoldFile_KindsRelationsAndAliases_AreConsistent(string file)
    {
        var gold = Load(file);
        var entities = gold.GetProperty("entities").EnumerateArray().ToList();
        var names = entities.Select(e => e.GetProperty("name").GetString()!).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(entities, e => Assert.True(Enum.TryParse<EntityKind>(e.GetProperty("type").GetString(), out _), e.ToString()));
        foreach (var relation in gold.GetProperty("relations").EnumerateArray())
        {
            Assert.True(RelationKinds.TryParse(relation.GetProperty("type").GetString()!, out var kind) && kind != RelationKind.Supplies, relation.ToString());
            Assert.Contains(relation.GetProperty("from").GetString(), names);
            Assert.Contains(relation.GetProperty("to").GetString(), names);
        }

        var fromEntities = entities.SelectMany(e => e.GetProperty("aliases").EnumerateArray().Select(a => $"{a.GetString()}→{e.GetProperty("name").GetString()}")).Order(StringComparer.Ordinal);
        var pairs = gold.GetProperty("aliasPairs").EnumerateArray().Select(p => $"{p[0].GetString()}→{p[1].GetString()}").Order(StringComparer.Ordinal);
        Assert.Equal(fromEntities, pairs);
    }

    private static JsonElement Load(string file) => JsonDocument.Parse(File.ReadAllText(Path.Combine(GoldDir, file))).RootElement;

    private static List<string> Names(JsonElement gold, string type) =>
        [.. gold.GetProperty("entities").EnumerateArray().Where(e => e.GetProperty("type").GetString() == type).Select(e => e.GetProperty("name").GetString()!)];

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "KnowledgeGraph.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (KnowledgeGraph.sln) not found above the test assembly.");
    }
}
