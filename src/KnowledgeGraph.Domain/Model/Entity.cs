using System.Collections.ObjectModel;

namespace KnowledgeGraph.Domain.Model;

/// <summary>
/// A node. <see cref="Id"/> is the stable key every store upserts by: <c>{Kind}:{canonical name}</c>
/// (see <see cref="EntityIds"/>), so the same thing named in two bulletins is one node.
/// </summary>
public sealed record Entity(string Id, EntityKind Kind, string Name)
{
    /// <summary>Other names the text used for this node (乳创中心 for 国家乳业技术创新中心).</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Adcode of the most specific region the node is located in; denormalised from LOCATED_IN so region filters are an index range.</summary>
    public string? RegionCode { get; init; }

    /// <summary>国家级 / 省级 / 市级 where the text says so.</summary>
    public string? Level { get; init; }

    /// <summary>筹建 (under construction) and similar status words.</summary>
    public string? Status { get; init; }

    /// <summary>Free-form typed attributes (achievement category, person title, policy issuer name …).</summary>
    /// <remarks>Most nodes and edges have none: they share one empty instance rather than each carrying its own.</remarks>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = ReadOnlyDictionary<string, string>.Empty;

    /// <summary>Filled by stores on read: how many mentions the node has.</summary>
    public int MentionCount { get; init; }

    /// <summary>Filled by stores on read: when the first bulletin naming the node was ingested.</summary>
    public DateTimeOffset? FirstSeen { get; init; }
}

public static class EntityIds
{
    public static string For(EntityKind kind, string canonicalName) => $"{kind}:{canonicalName}";

    public static string Region(string adcode) => For(EntityKind.Region, adcode);

    public static string Chain(string chainName) => For(EntityKind.IndustryChain, chainName);

    public static string Segment(string chainName, string segmentName) => For(EntityKind.ChainSegment, $"{chainName}/{segmentName}");

    public static EntityKind KindOf(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && Enum.TryParse<EntityKind>(id.AsSpan(0, colon), out var kind)
            ? kind
            : throw new ArgumentException($"'{id}' is not an entity id.", nameof(id));
    }
}
