using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Extraction.Graph;

/// <summary>Building the bulletin's graph: drafts merged under their canonical keys, then nodes, edges, mentions, facts.</summary>
internal sealed partial class GraphBuilder
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public BulletinGraph Build(IReadOnlyDictionary<string, string> canonicalKeys)
    {
        var merged = Merge(canonicalKeys);
        var entityList = new List<Entity>(merged.Count);
        var spans = 0;
        foreach (var draft in merged.Values)
        {
            spans += draft.Mentions.Count;
        }

        foreach (var draft in relations.Values)
        {
            spans += draft.Mentions.Count;
        }

        // Every span is at most one mention: sized once instead of grown through a dozen copies.
        var mentions = new List<Mention>(spans);
        var seen = new HashSet<(int, int)>();
        foreach (var (key, draft) in merged)
        {
            entityList.Add(draft.ToEntity());
            AddMentions(mentions, seen, in draft.Mentions, key);
        }

        var idClash = false;
        var relationList = new Dictionary<string, Relation>(relations.Count, StringComparer.Ordinal);
        foreach (var draft in relations.Values)
        {
            var from = Resolve(canonicalKeys, draft.From);
            var to = Resolve(canonicalKeys, draft.To);
            if (from == to || !merged.ContainsKey(from) || !merged.ContainsKey(to))
            {
                continue;
            }

            var relation = draft.HasProperties
                ? new Relation(from, draft.Kind, to) { Properties = draft.Properties }
                : new Relation(from, draft.Kind, to);
            var id = relation.Id;
            if (relationList.TryAdd(id, relation))
            {
                idClash |= merged.ContainsKey(id);
                AddMentions(mentions, seen, in draft.Mentions, id);
            }
        }

        // Every target's mentions are distinct by span and targets are distinct, so mentions can only repeat when a
        // relation id happens to equal an entity id.
        return new BulletinGraph(articles, entityList, [.. relationList.Values], idClash ? mentions.DistinctBy(m => m.Key).ToList() : mentions, Facts(canonicalKeys, merged));
    }

    private static string Resolve(IReadOnlyDictionary<string, string> canonicalKeys, string key) =>
        canonicalKeys.TryGetValue(key, out var to) ? to : key;

    // One draft per canonical key. A draft that is its own canonical form and comes first is taken as it is (absorbing
    // it into an empty copy of itself would give the same draft); only a canonical form that one of its aliases
    // reaches first is copied.
    private Dictionary<string, EntityDraft> Merge(IReadOnlyDictionary<string, string> canonicalKeys)
    {
        var merged = new Dictionary<string, EntityDraft>(entities.Count, StringComparer.Ordinal);
        foreach (var (key, draft) in entities)
        {
            var isCanonical = !canonicalKeys.TryGetValue(key, out var target);
            target = isCanonical ? key : target!;
            if (merged.TryGetValue(target, out var into))
            {
                into.Absorb(draft);
            }
            else if (isCanonical)
            {
                merged[target] = draft;
            }
            else
            {
                into = entities.TryGetValue(target, out var canonical) ? canonical.CloneEmpty() : draft.CloneEmpty();
                merged[target] = into;
                into.Absorb(draft);
            }
        }

        return merged;
    }

    // Facts on kept entities, first of each (entity, metric, offset): the key QuantFact.Key composes, compared by parts.
    private List<QuantFact> Facts(IReadOnlyDictionary<string, string> canonicalKeys, Dictionary<string, EntityDraft> merged)
    {
        var list = new List<QuantFact>(facts.Count);
        if (facts.Count == 0)
        {
            return list;
        }

        var seen = new HashSet<(string, string, int)>(facts.Count);
        foreach (var fact in facts)
        {
            var target = Resolve(canonicalKeys, fact.EntityKey);
            if (!merged.ContainsKey(target) || !seen.Add((target, fact.Metric, fact.Span.Start)))
            {
                continue;
            }

            var span = fact.Span;
            list.Add(new QuantFact(target, fact.Metric, fact.Value, fact.Unit, fact.Year, MentionOf(target, span.Article, span.Sentence, span.Start, span.End)));
        }

        return list;
    }

    private void AddMentions(List<Mention> mentions, HashSet<(int, int)> seen, in MentionSpanList spans, string target)
    {
        seen.Clear();
        for (var i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (seen.Add((span.Start, span.End)))
            {
                mentions.Add(MentionOf(target, span.Article, span.Sentence, span.Start, span.End));
            }
        }
    }
}
