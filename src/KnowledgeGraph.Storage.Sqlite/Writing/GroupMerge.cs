using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Storage.Sqlite.Writing;

/// <summary>
/// The nodes and edges of a whole commit group, each once. Bulletins of a group name the same regions, chains,
/// segments and busy enterprises again and again (400 generated bulletins: 70k node rows for 13.5k nodes), and an
/// upsert of a row that is already there still walks its B-tree and evaluates the merge. Merging in memory first
/// applies the store's upsert rules in the order the rows arrive, so one upsert of the merged row leaves the file
/// exactly as the sequence of upserts would: the first non-empty region, level and status win, properties are a
/// union in which the earliest value of a key wins, first-seen is the earliest, aliases are a union.
/// </summary>
internal sealed class GroupMerge
{
    private readonly Dictionary<string, MergedEntity> entities = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MergedRelation> relations = new(StringComparer.Ordinal);

    public int EntityCount => entities.Count;

    public int RelationCount => relations.Count;

    public void Add(Entity entity, long seenTicks)
    {
        if (entities.TryGetValue(entity.Id, out var merged))
        {
            merged.Merge(entity, seenTicks);
        }
        else
        {
            entities.Add(entity.Id, new MergedEntity(entity, seenTicks));
        }
    }

    public void Add(Relation relation)
    {
        var id = relation.Id;
        if (relations.TryGetValue(id, out var merged))
        {
            merged.Merge(relation.Properties);
        }
        else
        {
            relations.Add(id, new MergedRelation(relation));
        }
    }

    /// <summary>
    /// Key order fills the node ids' unique index left to right instead of touching random pages: a large group then
    /// writes each of its pages about once.
    /// </summary>
    public IEnumerable<MergedEntity> EntitiesInKeyOrder() => entities.Values.OrderBy(e => e.Id, StringComparer.Ordinal);

    /// <summary>The group's edges by id, in no order: the writer orders them by their ends' numbers.</summary>
    public IEnumerable<KeyValuePair<string, MergedRelation>> Relations => relations;
}

internal sealed class MergedEntity(Entity first, long seenTicks)
{
    private Dictionary<string, string>? properties;
    private List<string>? aliases;

    public string Id => first.Id;

    public EntityKind Kind => first.Kind;

    public string Name => first.Name;

    public string? RegionCode { get; private set; } = first.RegionCode;

    public string? Level { get; private set; } = first.Level;

    public string? Status { get; private set; } = first.Status;

    public long SeenTicks { get; private set; } = seenTicks;

    public IReadOnlyDictionary<string, string> Properties => properties ?? first.Properties;

    public IReadOnlyList<string> Aliases => aliases ?? first.Aliases;

    public void Merge(Entity next, long nextSeenTicks)
    {
        RegionCode ??= next.RegionCode;
        Level ??= next.Level;
        Status ??= next.Status;
        SeenTicks = Math.Min(SeenTicks, nextSeenTicks);
        if (next.Properties.Count > 0)
        {
            properties ??= new Dictionary<string, string>(first.Properties, StringComparer.Ordinal);
            foreach (var (key, value) in next.Properties)
            {
                properties.TryAdd(key, value);
            }
        }

        foreach (var alias in next.Aliases)
        {
            if (!Aliases.Contains(alias, StringComparer.Ordinal))
            {
                (aliases ??= [.. first.Aliases]).Add(alias);
            }
        }
    }
}

internal sealed class MergedRelation(Relation first)
{
    private Dictionary<string, string>? properties;

    public string FromId => first.FromId;

    public RelationKind Kind => first.Kind;

    public string ToId => first.ToId;

    public IReadOnlyDictionary<string, string> Properties => properties ?? first.Properties;

    public void Merge(IReadOnlyDictionary<string, string> next)
    {
        if (next.Count == 0)
        {
            return;
        }

        properties ??= new Dictionary<string, string>(first.Properties, StringComparer.Ordinal);
        foreach (var (key, value) in next)
        {
            properties.TryAdd(key, value);
        }
    }
}
