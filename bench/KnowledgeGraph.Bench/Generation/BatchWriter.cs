using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Bench.Generation;

/// <summary>Collects one batch's nodes and edges, giving each a mention at a synthetic sentence so every fact is traceable.</summary>
internal sealed class BatchWriter(string bulletinId, string articleTitle)
{
    public const string ExtractorVersion = "bench-generator/1";

    private readonly HashSet<string> relationIds = new(StringComparer.Ordinal);
    private int offset;
    private int sentence;

    public List<Entity> Entities { get; } = [];

    public List<Relation> Relations { get; } = [];

    public List<Mention> Mentions { get; } = [];

    public List<QuantFact> Facts { get; } = [];

    public Mention LastMention => Mentions[^1];

    public void Add(Entity entity, string sentenceText)
    {
        Entities.Add(entity);
        Mention(entity.Id, sentenceText, 0, entity.Name.Length);
    }

    public void Add(Relation relation, string sentenceText)
    {
        if (relationIds.Add(relation.Id))
        {
            Relations.Add(relation);
            Mention(relation.Id, sentenceText, 0, sentenceText.Length);
        }
    }

    public void AddFact(QuantFact fact) => Facts.Add(fact);

    private void Mention(string targetId, string text, int start, int end)
    {
        Mentions.Add(new Mention(targetId, bulletinId, 0, articleTitle, sentence++, text, offset, offset + start, offset + end, ExtractorVersion));
        offset += text.Length;
    }
}
