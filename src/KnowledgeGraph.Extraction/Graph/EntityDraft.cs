using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction.Rules;

namespace KnowledgeGraph.Extraction.Graph;

/// <summary>An entity being assembled from its occurrences in one bulletin.</summary>
internal sealed class EntityDraft(EntityKind kind, string name, string? id = null)
{
    public EntityKind Kind { get; } = kind;

    public string Name { get; } = name;

    /// <summary>Stable id: {Kind}:{name}, except regions, which are keyed by adcode.</summary>
    public string Key { get; } = id ?? EntityIds.For(kind, name);

    private HashSet<string>? aliases;

    /// <summary>Created on first write: most nodes are only ever named one way.</summary>
    public HashSet<string> Aliases => aliases ??= new(StringComparer.Ordinal);

    public string? RegionCode { get; set; }

    public bool RegionFromName { get; set; }

    public string? Level { get; set; }

    public string? Status { get; set; }

    private Dictionary<string, string>? properties;

    /// <summary>Created on first write: most nodes carry no properties.</summary>
    public Dictionary<string, string> Properties => properties ??= new(StringComparer.Ordinal);

    private MentionSpanList mentions;

    public ref MentionSpanList Mentions => ref mentions;

    public void Merge(Hit hit)
    {
        if (hit.Alias is { } alias && alias != Name)
        {
            Aliases.Add(alias);
        }

        if (hit.RegionCode is { } region && (RegionCode is null || (hit.RegionFromName && !RegionFromName)))
        {
            RegionCode = region;
            RegionFromName = hit.RegionFromName;
        }

        Level ??= hit.Level;
        Status ??= hit.Status;
        if (hit.HasProperties)
        {
            foreach (var (k, v) in hit.Properties)
            {
                Properties.TryAdd(k, v);
            }
        }
    }

    public EntityDraft CloneEmpty() => new(Kind, Name, Key);

    public void Absorb(EntityDraft other)
    {
        if (other.Name != Name)
        {
            Aliases.Add(other.Name);
        }

        if (other.aliases is not null)
        {
            var into = Aliases;
            foreach (var alias in other.aliases)
            {
                if (alias != Name)
                {
                    into.Add(alias);
                }
            }
        }

        if (other.RegionCode is not null && (RegionCode is null || (other.RegionFromName && !RegionFromName)))
        {
            RegionCode = other.RegionCode;
            RegionFromName = other.RegionFromName;
        }

        Level ??= other.Level;
        Status ??= other.Status;
        if (other.properties is { Count: > 0 })
        {
            foreach (var (k, v) in other.properties)
            {
                Properties.TryAdd(k, v);
            }
        }

        mentions.AddAll(in other.mentions);
    }

    /// <summary>The node. The draft is done with, so its properties are handed over rather than copied.</summary>
    public Entity ToEntity()
    {
        IReadOnlyList<string> sorted = aliases is null ? [] : SortedAliases();

        // Without properties the record's own empty dictionary stands: a second empty one per node bought nothing.
        return properties is null
            ? new Entity(Key, Kind, Name) { Aliases = sorted, RegionCode = RegionCode, Level = Level, Status = Status }
            : new Entity(Key, Kind, Name) { Aliases = sorted, RegionCode = RegionCode, Level = Level, Status = Status, Properties = properties };
    }

    private string[] SortedAliases()
    {
        var sorted = new string[aliases!.Count];
        aliases.CopyTo(sorted);
        Array.Sort(sorted, StringComparer.Ordinal);
        return sorted;
    }
}
