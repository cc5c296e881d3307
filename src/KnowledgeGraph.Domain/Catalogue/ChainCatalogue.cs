using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Catalogue;

public enum ChainStage
{
    Upstream,
    Midstream,
    Downstream,
}

public sealed record ChainSegmentDef(string Name, ChainStage Stage, int Order, IReadOnlyList<string> Keywords)
{
    public string Id(string chainName) => EntityIds.Segment(chainName, Name);
}

public sealed record ChainDef(
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Keywords,
    IReadOnlyList<ChainSegmentDef> Segments,
    IReadOnlyList<IReadOnlyList<string>> Supplies)
{
    public string Id => EntityIds.Chain(Name);

    /// <summary>Segments upstream → downstream.</summary>
    public IEnumerable<ChainSegmentDef> Ordered => Segments.OrderBy(s => s.Stage).ThenBy(s => s.Order);
}

/// <summary>
/// The industry-chain catalogue: reviewed JSON files under Catalogue/chains (one chain a file, documented in
/// Catalogue/README.md), embedded in the assembly.
/// </summary>
public sealed class ChainCatalogue
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly Dictionary<string, ChainDef> byName;

    public ChainCatalogue(IEnumerable<ChainDef> chains)
    {
        Chains = [.. chains];
        byName = new Dictionary<string, ChainDef>(StringComparer.Ordinal);
        foreach (var chain in Chains)
        {
            byName[chain.Name] = chain;
            foreach (var alias in chain.Aliases)
            {
                byName.TryAdd(alias, chain);
            }
        }
    }

    public IReadOnlyList<ChainDef> Chains { get; }

    public static ChainCatalogue Default { get; } = LoadEmbedded();

    public ChainDef? Find(string nameOrAlias) => byName.GetValueOrDefault(nameOrAlias.Trim());

    public static ChainDef Parse(string json) =>
        JsonSerializer.Deserialize<ChainDef>(json, Json) ?? throw new InvalidDataException("Empty chain definition.");

    /// <summary>Chain and segment nodes plus PART_OF and SUPPLIES edges, for <c>IGraphStore.UpsertReferenceAsync</c>.</summary>
    public (IReadOnlyList<Entity> Entities, IReadOnlyList<Relation> Relations) ToGraph()
    {
        var entities = new List<Entity>();
        var relations = new List<Relation>();
        foreach (var chain in Chains)
        {
            entities.Add(new Entity(chain.Id, EntityKind.IndustryChain, chain.Name) { Aliases = chain.Aliases });
            foreach (var segment in chain.Ordered)
            {
                var id = segment.Id(chain.Name);
                entities.Add(new Entity(id, EntityKind.ChainSegment, segment.Name)
                {
                    Properties = new Dictionary<string, string>
                    {
                        ["chain"] = chain.Name,
                        ["stage"] = segment.Stage.ToString(),
                        ["order"] = segment.Order.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    },
                });
                relations.Add(new Relation(id, RelationKind.PartOf, chain.Id));
            }

            foreach (var pair in chain.Supplies)
            {
                relations.Add(new Relation(EntityIds.Segment(chain.Name, pair[0]), RelationKind.Supplies, EntityIds.Segment(chain.Name, pair[1])));
            }
        }

        return (entities, relations);
    }

    private static ChainCatalogue LoadEmbedded()
    {
        var assembly = typeof(ChainCatalogue).Assembly;
        var chains = new List<ChainDef>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("chains/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            chains.Add(Parse(reader.ReadToEnd()));
        }

        return new ChainCatalogue(chains);
    }
}
