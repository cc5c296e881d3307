using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Domain.ChainMap;

/// <summary>
/// "As of" a date: a relation counts when at least one of its mentions comes from a bulletin ingested by then.
/// Relations without any mention are reference data (catalogue, SUPPLIES) and always count.
/// </summary>
internal sealed class AsOfFilter
{
    private readonly HashSet<string> mentioned;
    private readonly HashSet<string> kept;

    private AsOfFilter(HashSet<string> mentioned, HashSet<string> kept)
    {
        this.mentioned = mentioned;
        this.kept = kept;
    }

    public static async Task<AsOfFilter> LoadAsync(
        IGraphStore store, IReadOnlyCollection<string> relationIds, DateTimeOffset asOf, CancellationToken cancellationToken)
    {
        var ids = relationIds.ToHashSet(StringComparer.Ordinal);
        var mentions = ids.Count == 0 ? [] : await store.GetMentionsAsync(ids, cancellationToken);
        var ingestedBy = (await store.GetBulletinsAsync(cancellationToken: cancellationToken))
            .Where(b => (b.IngestedAt ?? b.ReceivedAt) <= asOf)
            .Select(b => b.Id)
            .ToHashSet(StringComparer.Ordinal);
        var mentioned = mentions.Select(m => m.TargetId).ToHashSet(StringComparer.Ordinal);
        var kept = mentions.Where(m => ingestedBy.Contains(m.BulletinId)).Select(m => m.TargetId).ToHashSet(StringComparer.Ordinal);
        return new AsOfFilter(mentioned, kept);
    }

    public bool Keeps(string relationId) => !mentioned.Contains(relationId) || kept.Contains(relationId);
}
