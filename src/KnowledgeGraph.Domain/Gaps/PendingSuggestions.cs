using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Domain.Gaps;

/// <summary>
/// Suggestions asked for before the mention counts were read; <see cref="SuggestionRanker.Complete"/> fills it once.
/// How many there will be is known at once (the pool's distinct nodes, at most five), so a rule may choose a fallback
/// pool by it, as 缺链主 does when no leading enterprise is anywhere on the chain.
/// </summary>
internal sealed class PendingSuggestions(List<Placement> pool, int count, SuggestionAction action, string servedWhat, string purpose) : IReadOnlyList<GapSuggestion>
{
    private List<GapSuggestion>? ranked;

    public List<Placement> Pool { get; } = pool;

    public SuggestionAction Action { get; } = action;

    public string ServedWhat { get; } = servedWhat;

    public string Purpose { get; } = purpose;

    public int Count => ranked?.Count ?? count;

    private List<GapSuggestion> Ranked => ranked ?? throw new InvalidOperationException("Suggestions are ranked once the candidates' mention counts are read (SuggestionRanker.Complete).");

    public GapSuggestion this[int index] => Ranked[index];

    public void Fill(List<GapSuggestion> suggestions) => ranked = suggestions;

    public IEnumerator<GapSuggestion> GetEnumerator() => Ranked.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
