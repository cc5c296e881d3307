namespace KnowledgeGraph.Domain.Model;

/// <summary>Everything read out of one bulletin; a store commits it in one transaction together with the bulletin row.</summary>
public sealed record BulletinGraph(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Relation> Relations,
    IReadOnlyList<Mention> Mentions,
    IReadOnlyList<QuantFact> Facts)
{
    public static BulletinGraph Empty { get; } = new([], [], [], [], []);
}
