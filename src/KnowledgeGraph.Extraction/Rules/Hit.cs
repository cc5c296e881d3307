using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Extraction.Rules;

/// <summary>An entity recognised in one sentence: span in the normalised sentence text plus what the rules learned.</summary>
internal sealed class Hit(EntityKind kind, string name, int start, int end)
{
    private EntityKind kind = kind;
    private string name = name;
    private string? id;
    private Dictionary<string, string>? properties;

    public EntityKind Kind
    {
        get => kind;
        set
        {
            kind = value;
            id = null;
        }
    }

    /// <summary>Canonical name (after normalisation, expansion of relative prefixes and abbreviations).</summary>
    public string Name
    {
        get => name;
        set
        {
            name = value;
            id = null;
        }
    }

    public int Start { get; } = start;

    public int End { get; } = end;

    /// <summary>Where the type word (suffix) starts, for organisation names.</summary>
    public int SuffixStart { get; init; } = end;

    /// <summary>The form the text used when it differs from <see cref="Name"/>.</summary>
    public string? Alias { get; set; }

    public string? Level { get; set; }

    public string? Status { get; set; }

    public string? RegionCode { get; set; }

    /// <summary>True when the name carries its own region prefix, so the region is certain.</summary>
    public bool RegionFromName { get; set; }

    /// <summary>Extra attributes (title, affiliation, category, first); created on first write, most hits have none.</summary>
    public Dictionary<string, string> Properties => properties ??= new(StringComparer.Ordinal);

    public bool HasProperties => properties is { Count: > 0 };

    /// <summary>Span of a parent named as the name's prefix (中国农业科学院 in 中国农业科学院北方农牧业技术创新中心).</summary>
    public Hit? Parent { get; set; }

    /// <summary>A listed component of a parent (the 四中心 of a centre): it takes the parent's place, no LOCATED_IN of its own.</summary>
    public bool IsComponent { get; set; }

    /// <summary>The entity id, composed once: the rules ask for it many times per sentence.</summary>
    public string Id => id ??= EntityIds.For(kind, name);

    public bool HasId => id is not null;

    /// <summary>Takes the id the graph already holds for this kind and name, instead of composing an equal one.</summary>
    public void UseId(string recorded) => id = recorded;

    public bool IsOrganisation => Kind is EntityKind.GovernmentAgency or EntityKind.Lab or EntityKind.InnovationPlatform or EntityKind.Park
        or EntityKind.Incubator or EntityKind.University or EntityKind.ResearchInstitute or EntityKind.Enterprise;

    public override string ToString() => $"{Kind}:{Name}[{Start},{End})";

    /// <summary>Whether any of <paramref name="hits"/> overlaps [start, end): recognisers leave text already claimed alone.</summary>
    public static bool AnyOverlaps(IReadOnlyList<Hit> hits, int start, int end)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].Start < end && hits[i].End > start)
            {
                return true;
            }
        }

        return false;
    }
}
