using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Sqlite.Querying;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>
/// Two-character terms (乳业, 稀土: most Chinese words) are looked up in the pair index; whatever the path, a search
/// finds exactly the nodes whose name or an alias holds the term, which is what scanning every name and alias finds.
/// </summary>
public sealed class SqliteShortSearchTests : IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    public static TheoryData<string> Terms => new()
    {
        "乳业", // start, middle and end of names
        "乳创", // an alias only (乳创中心)
        "稀土",
        "包头",
        "业技", // across two words
        "5G",
        "5g", // folded as LIKE folds ASCII
        "（巴", // a bracket: scanned, not looked up
        "乳",
        "氢能", // nothing
    };

    [Theory]
    [MemberData(nameof(Terms))]
    public async Task QueryEntitiesAsync_ShortTerm_SameNodesAsScanningEveryNameAndAlias(string term)
    {
        var store = database.CreateStore();
        var named = new (EntityKind Kind, string Name, string[] Aliases)[]
        {
            (EntityKind.InnovationPlatform, "国家乳业技术创新中心", ["乳创中心"]),
            (EntityKind.Enterprise, "内蒙古伊利实业集团股份有限公司", ["伊利集团"]),
            (EntityKind.Enterprise, "蒙牛乳业（集团）股份有限公司", ["蒙牛乳业"]),
            (EntityKind.University, "内蒙古（巴彦淖尔）乳业研究院", []),
            (EntityKind.Enterprise, "内蒙古乳业", []),
            (EntityKind.Lab, "白云鄂博稀土资源研究与综合利用国家重点实验室", ["稀土国重"]),
            (EntityKind.Enterprise, "包头钢铁（集团）有限责任公司", ["包钢集团"]),
            (EntityKind.Enterprise, "中国移动5G联合创新中心", []),
        };
        await store.UpsertReferenceAsync([.. named.Select(n => new Entity(EntityIds.For(n.Kind, n.Name), n.Kind, n.Name) { Aliases = n.Aliases })], []);
        // Added in a second batch, so an old node's alias reaches the index too.
        var later = (Kind: EntityKind.Enterprise, Name: "内蒙古乳业", Alias: "乳业稀土联合体");
        await store.UpsertReferenceAsync([new Entity(EntityIds.For(later.Kind, later.Name), later.Kind, later.Name) { Aliases = [later.Alias] }], []);

        var page = await store.QueryEntitiesAsync(new EntityQuery { Text = term, Sort = EntitySort.MentionCount, Descending = true });

        var expected = named
            .Select(n => (n.Kind, n.Name, Aliases: n.Name == later.Name ? [.. n.Aliases, later.Alias] : n.Aliases))
            .Where(n => n.Name.Contains(term, StringComparison.OrdinalIgnoreCase) || n.Aliases.Any(a => a.Contains(term, StringComparison.OrdinalIgnoreCase)))
            .Select(n => EntityIds.For(n.Kind, n.Name))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(expected, page.Items.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Count, page.TotalCount);
    }

    [Fact]
    public void Build_TwoIdeographs_LooksUpThePairIndexInsteadOfScanningNames()
    {
        using var command = new SqliteCommand();

        var where = EntityFilters.Build(new EntityQuery { Text = "乳业 （巴" }, command);

        Assert.Contains("entity_grams MATCH $text0", where[0], StringComparison.Ordinal);
        Assert.Equal("\"乳业\"", command.Parameters["$text0"].Value);
        Assert.Contains("LIKE $text1", where[1], StringComparison.Ordinal);
        Assert.StartsWith("SELECT count(DISTINCT g.rowid >> 16) FROM entity_grams", EntityFilters.CountSql([where[0]]), StringComparison.Ordinal);
    }
}
