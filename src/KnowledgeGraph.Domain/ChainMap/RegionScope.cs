using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Domain.ChainMap;

/// <summary>
/// Decides local versus elsewhere for one region prefix. Achievements, projects and funds rarely carry a region of
/// their own, so one without a region is local when whoever produced, funded, led or owns it is local.
/// </summary>
internal sealed class RegionScope
{
    private readonly string? prefix;
    private readonly HashSet<string> attributedLocal = new(StringComparer.Ordinal);

    public RegionScope(string? prefix, IReadOnlyList<Relation> links, IReadOnlyDictionary<string, Entity> entities)
    {
        this.prefix = prefix;
        if (prefix is null)
        {
            return;
        }

        foreach (var relation in links)
        {
            Attribute(relation.FromId, relation.ToId, entities);
            Attribute(relation.ToId, relation.FromId, entities);
        }
    }

    public bool IsLocal(Placement placement) =>
        prefix is null || InRegion(placement.RegionCode) || (placement.RegionCode is null && attributedLocal.Contains(placement.EntityId));

    public bool IsUnlocated(Placement placement) => placement.RegionCode is null && !IsLocal(placement);

    public bool InRegion(string? code) => prefix is not null && code is not null && code.StartsWith(prefix, StringComparison.Ordinal);

    private void Attribute(string id, string neighbourId, IReadOnlyDictionary<string, Entity> entities)
    {
        if (entities.GetValueOrDefault(id) is { RegionCode: null } && InRegion(entities.GetValueOrDefault(neighbourId)?.RegionCode))
        {
            attributedLocal.Add(id);
        }
    }
}
