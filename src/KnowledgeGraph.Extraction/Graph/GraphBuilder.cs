using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Extraction.Rules;

namespace KnowledgeGraph.Extraction.Graph;

/// <summary>
/// Collects what the rules found in one bulletin, keyed by (kind, name) until <see cref="Build"/> resolves aliases
/// (乳创中心 → 国家乳业技术创新中心) and emits one node per thing, every node and edge with its mentions.
/// </summary>
internal sealed partial class GraphBuilder(string bulletinId, string version, int textLength = 0)
{
    // Sized from the text, with headroom (seed-like bulletins hold about one node per 60 characters, at most one per
    // 46; one edge draft per 56, at most one per 39; one fact per 190), so that the tables are not rebuilt through
    // half a dozen growth steps for every bulletin.
    private readonly Dictionary<string, EntityDraft> entities = new(textLength / 48, StringComparer.Ordinal);
    // Keyed by the parts of the relation id: composing the id string for every occurrence cost more than the rules.
    private readonly Dictionary<(string From, RelationKind Kind, string To), RelationDraft> relations = new(textLength / 36);
    private readonly List<Article> articles = [];
    private readonly List<FactDraft> facts = new(textLength / 150);

    public void AddArticle(BulletinArticle article) =>
        articles.Add(new Article(bulletinId, article.Index, article.Title, article.Start, article.End, article.Sentences.Count));

    /// <summary>Records an entity occurrence and returns its key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string AddEntity(Hit hit, BulletinArticle article, BulletinSentence sentence)
    {
        var draft = FindOrAddEntity(hit);
        draft.Merge(hit);
        var (start, end) = sentence.OriginalSpan(hit.Start, hit.End - hit.Start);
        draft.Mentions.AddUnlessRepeat(new MentionSpan(article, sentence, start, end));
        return draft.Key;
    }

    // Most occurrences name an entity already recorded: it is found by the characters of its key, so the key string
    // is composed once per entity rather than once per occurrence, and the hit takes the recorded one.
    private EntityDraft FindOrAddEntity(Hit hit)
    {
        if (!hit.HasId)
        {
            var kind = EntityKeys.KindName(hit.Kind);
            var length = kind.Length + 1 + hit.Name.Length;
            var chars = length <= 256 ? stackalloc char[length] : new char[length];
            kind.CopyTo(chars);
            chars[kind.Length] = ':';
            hit.Name.CopyTo(chars[(kind.Length + 1)..]);
            if (entities.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(chars, out var known, out var found))
            {
                hit.UseId(known);
                return found;
            }
        }
        else if (entities.TryGetValue(hit.Id, out var found))
        {
            return found;
        }

        var draft = new EntityDraft(hit.Kind, hit.Name, hit.Id);
        entities[draft.Key] = draft;
        return draft;
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
        draft.Mentions.AddUnlessRepeat(new MentionSpan(article, sentence, s, e));
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

        if (properties is { Count: > 0 })
        {
            foreach (var (k, v) in properties)
            {
                draft.Properties[k] = v;
            }
        }

        draft.Mentions.AddUnlessRepeat(new MentionSpan(article, sentence, sentence.Start, sentence.End));
    }

    public void AddFact(string entityKey, string metric, decimal value, string unit, int? year, BulletinArticle article, BulletinSentence sentence, int start, int end)
    {
        var (s, e) = sentence.OriginalSpan(start, Math.Max(1, end - start));
        facts.Add(new FactDraft(entityKey, metric, value, unit, year, new MentionSpan(article, sentence, s, e)));
    }

    public IReadOnlyCollection<EntityDraft> Entities => entities.Values;

    private Mention MentionOf(string target, BulletinArticle article, BulletinSentence sentence, int start, int end) =>
        new(target, bulletinId, article.Index, article.Title, sentence.Index, sentence.Text, sentence.Start, start, end, version);

    private readonly record struct FactDraft(string EntityKey, string Metric, decimal Value, string Unit, int? Year, MentionSpan Span);

    private sealed class RelationDraft(string from, RelationKind kind, string to)
    {
        public string From { get; } = from;

        public RelationKind Kind { get; } = kind;

        public string To { get; } = to;

        private Dictionary<string, string>? properties;

        /// <summary>Created on first write: most edges carry no properties.</summary>
        public Dictionary<string, string> Properties => properties ??= new(StringComparer.Ordinal);

        public bool HasProperties => properties is not null;

        private MentionSpanList mentions;

        public ref MentionSpanList Mentions => ref mentions;
    }
}
