using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Extraction.Rules;

namespace KnowledgeGraph.Extraction.Graph;

/// <summary>
/// Collects what the rules found in one bulletin, keyed by (kind, name) until <see cref="Build"/> resolves aliases
/// (乳创中心 → 国家乳业技术创新中心) and emits one node per thing, every node and edge with its mentions.
/// </summary>
internal sealed class GraphBuilder(string bulletinId, string version)
{
    private readonly Dictionary<string, EntityDraft> entities = new(StringComparer.Ordinal);
    // Keyed by the parts of the relation id: composing the id string for every occurrence cost more than the rules.
    private readonly Dictionary<(string From, RelationKind Kind, string To), RelationDraft> relations = [];
    private readonly List<Article> articles = [];
    private readonly List<(string EntityKey, string Metric, decimal Value, string Unit, int? Year, Mention Mention)> facts = [];

    public void AddArticle(BulletinArticle article) =>
        articles.Add(new Article(bulletinId, article.Index, article.Title, article.Start, article.End, article.Sentences.Count));

    /// <summary>Records an entity occurrence and returns its key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string AddEntity(Hit hit, BulletinArticle article, BulletinSentence sentence)
    {
        var key = hit.Id;
        if (!entities.TryGetValue(key, out var draft))
        {
            draft = new EntityDraft(hit.Kind, hit.Name);
            entities[key] = draft;
        }

        draft.Merge(hit);
        var (start, end) = sentence.OriginalSpan(hit.Start, hit.End - hit.Start);
        AddSpan(draft.Mentions, new MentionSpan(article, sentence, start, end));
        return key;
    }

    /// <summary>Adds an entity that needs no text span of its own (a region or segment reached through a relation).</summary>
    public string AddReference(EntityKind kind, string name, string? regionCode, BulletinArticle article, BulletinSentence sentence, int start, int end) =>
        AddReference(kind == EntityKind.Region && regionCode is not null ? EntityIds.Region(regionCode) : EntityIds.For(kind, name), kind, name, regionCode, article, sentence, start, end);

    /// <summary>As above, with the key already composed (chain, segment and region keys are composed once per catalogue).</summary>
    public string AddReference(string key, EntityKind kind, string name, string? regionCode, BulletinArticle article, BulletinSentence sentence, int start, int end)
    {
        if (!entities.TryGetValue(key, out var draft))
        {
            draft = new EntityDraft(kind, name, key) { RegionCode = regionCode };
            entities[key] = draft;
        }

        var (s, e) = sentence.OriginalSpan(start, Math.Max(1, end - start));
        AddSpan(draft.Mentions, new MentionSpan(article, sentence, s, e));
        return key;
    }

    /// <summary>Records the region a LOCATED_IN placed the entity in (denormalised onto the node).</summary>
    public void SetRegion(string key, string code, bool fromName)
    {
        // A more specific region inside the one recorded (铜陵市 inside 安徽省) replaces it.
        if (entities.TryGetValue(key, out var draft)
            && (draft.RegionCode is null || (fromName && !draft.RegionFromName) || code.StartsWith(KnowledgeGraph.Domain.Regions.Gazetteer.PrefixOf(draft.RegionCode), StringComparison.Ordinal)))
        {
            draft.RegionCode = code;
            draft.RegionFromName = fromName;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddRelation(string fromKey, RelationKind kind, string toKey, BulletinArticle article, BulletinSentence sentence, IReadOnlyDictionary<string, string>? properties = null)
    {
        if (fromKey == toKey)
        {
            return;
        }

        var key = (fromKey, kind, toKey);
        if (!relations.TryGetValue(key, out var draft))
        {
            draft = new RelationDraft(fromKey, kind, toKey);
            relations[key] = draft;
        }

        if (properties is not null)
        {
            foreach (var (k, v) in properties)
            {
                draft.Properties[k] = v;
            }
        }

        AddSpan(draft.Mentions, new MentionSpan(article, sentence, sentence.Start, sentence.End));
    }

    public void AddFact(string entityKey, string metric, decimal value, string unit, int? year, BulletinArticle article, BulletinSentence sentence, int start, int end)
    {
        var (s, e) = sentence.OriginalSpan(start, Math.Max(1, end - start));
        facts.Add((entityKey, metric, value, unit, year, MentionOf(entityKey, article, sentence, s, e)));
    }

    public IReadOnlyCollection<EntityDraft> Entities => entities.Values;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public BulletinGraph Build(IReadOnlyDictionary<string, string> canonicalKeys)
    {
        string Resolve(string key) => canonicalKeys.TryGetValue(key, out var to) ? to : key;

        var merged = new Dictionary<string, EntityDraft>(entities.Count, StringComparer.Ordinal);
        foreach (var (key, draft) in entities)
        {
            var target = Resolve(key);
            if (!merged.TryGetValue(target, out var into))
            {
                into = entities.TryGetValue(target, out var canonical) ? canonical.CloneEmpty() : draft.CloneEmpty();
                merged[target] = into;
            }

            into.Absorb(draft);
        }

        var entityList = new List<Entity>(merged.Count);
        var mentions = new List<Mention>();
        var seen = new HashSet<(int, int)>();
        foreach (var (key, draft) in merged)
        {
            entityList.Add(draft.ToEntity());
            AddMentions(mentions, seen, draft.Mentions, key);
        }

        var idClash = false;

        var relationList = new Dictionary<string, Relation>(StringComparer.Ordinal);
        foreach (var draft in relations.Values)
        {
            var relation = new Relation(Resolve(draft.From), draft.Kind, Resolve(draft.To)) { Properties = draft.Properties };
            if (relation.FromId == relation.ToId || !merged.ContainsKey(relation.FromId) || !merged.ContainsKey(relation.ToId))
            {
                continue;
            }

            var id = relation.Id;
            if (relationList.TryAdd(id, relation))
            {
                idClash |= merged.ContainsKey(id);
                AddMentions(mentions, seen, draft.Mentions, id);
            }
        }

        var factList = facts
            .Where(f => merged.ContainsKey(Resolve(f.EntityKey)))
            .Select(f => new QuantFact(Resolve(f.EntityKey), f.Metric, f.Value, f.Unit, f.Year, f.Mention with { TargetId = Resolve(f.EntityKey) }))
            .DistinctBy(f => f.Key)
            .ToList();

        // Every target's mentions are distinct by span and targets are distinct, so mentions can only repeat when a
        // relation id happens to equal an entity id.
        return new BulletinGraph(articles, entityList, [.. relationList.Values], idClash ? mentions.DistinctBy(m => m.Key).ToList() : mentions, factList);
    }

    // Rules point at the same chain, segment or relation many times per sentence; only the first of a span is kept
    // at build anyway, so a repeat of the previous span is not stored.
    private static void AddSpan(List<MentionSpan> spans, MentionSpan span)
    {
        if (spans.Count == 0 || spans[^1].Start != span.Start || spans[^1].End != span.End)
        {
            spans.Add(span);
        }
    }

    private void AddMentions(List<Mention> mentions, HashSet<(int, int)> seen, List<MentionSpan> spans, string target)
    {
        seen.Clear();
        foreach (var span in spans)
        {
            if (seen.Add((span.Start, span.End)))
            {
                mentions.Add(MentionOf(target, span.Article, span.Sentence, span.Start, span.End));
            }
        }
    }

    private Mention MentionOf(string target, BulletinArticle article, BulletinSentence sentence, int start, int end) =>
        new(target, bulletinId, article.Index, article.Title, sentence.Index, sentence.Text, sentence.Start, start, end, version);

    private sealed class RelationDraft(string from, RelationKind kind, string to)
    {
        public string From { get; } = from;

        public RelationKind Kind { get; } = kind;

        public string To { get; } = to;

        public Dictionary<string, string> Properties { get; } = new(StringComparer.Ordinal);

        public List<MentionSpan> Mentions { get; } = [];
    }
}
