using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>
/// Node summaries (kind, name, region) that can no longer change, kept in memory. A node's kind and name are its id,
/// no write ever renames or deletes a node, and a region once set is kept (GraphWriter's upsert only fills a missing
/// one), so a summary with a region is final for the file's life, whichever process writes the file: it needs no
/// invalidation, and a commit leaves it valid. Summaries without a region are not kept, since a later bulletin may
/// locate the node. A chain map needs ~900 of them per request (its placed nodes and the far ends of its link edges),
/// one or two seeks on a text key each when read.
/// </summary>
internal sealed class SettledSummaries(int capacity)
{
    /// <summary>About 10 MB at most: an entry is the node's id and name and a small record, in two dictionaries.</summary>
    public const int DefaultCapacity = 32_768;

    private readonly ConcurrentDictionary<string, Entity> entries = new(StringComparer.Ordinal);

    /// <summary>The same summaries by node number: a chain map's placing edges name their nodes by number.</summary>
    private readonly ConcurrentDictionary<long, Entity> byNumber = new();

    public int Count => entries.Count;

    public bool TryGet(string id, [MaybeNullWhen(false)] out Entity entity) => entries.TryGetValue(id, out entity);

    public bool TryGet(long no, [MaybeNullWhen(false)] out Entity entity) => byNumber.TryGetValue(no, out entity);

    /// <summary>Adds to <paramref name="found"/> the ids it knows; returns the ones it does not.</summary>
    public List<string> Take(IReadOnlyCollection<string> ids, Dictionary<string, Entity> found)
    {
        var missing = new List<string>(ids.Count);
        foreach (var id in ids)
        {
            if (entries.TryGetValue(id, out var entity))
            {
                found[id] = entity;
            }
            else
            {
                missing.Add(id);
            }
        }

        return missing;
    }

    public void Keep(IEnumerable<(long No, Entity Entity)> read)
    {
        // ConcurrentDictionary.Count takes every lock: counted once per batch and tracked here (other callers' adds
        // between two batches only move the moment the cache starts over).
        var count = entries.Count;
        foreach (var (no, entity) in read)
        {
            if (entity.RegionCode is null)
            {
                continue;
            }

            // A full cache starts over rather than tracking recency: the chains in use refill it within a few maps.
            if (count >= capacity)
            {
                entries.Clear();
                byNumber.Clear();
                count = 0;
            }

            if (entries.TryAdd(entity.Id, entity))
            {
                count++;
            }

            byNumber.TryAdd(no, entity);
        }
    }
}
