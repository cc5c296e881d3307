namespace KnowledgeGraph.Extraction.Graph;

/// <summary>
/// The spans of one node or edge, in the order read. Most edges and many nodes are read once: the first span is held
/// inline and a list is made only for a second (a list with room for four per draft was the builder's largest cost).
/// </summary>
internal struct MentionSpanList
{
    private MentionSpan first;
    private List<MentionSpan>? rest;

    public int Count { readonly get; private set; }

    public readonly MentionSpan this[int index] => index == 0 ? first : rest![index - 1];

    /// <summary>
    /// Rules point at the same chain, segment or relation many times per sentence; only the first of a span is kept
    /// at build anyway, so a repeat of the previous span is not stored.
    /// </summary>
    public void AddUnlessRepeat(MentionSpan span)
    {
        if (Count > 0 && this[Count - 1] is var last && last.Start == span.Start && last.End == span.End)
        {
            return;
        }

        Add(span);
    }

    public void AddAll(in MentionSpanList other)
    {
        for (var i = 0; i < other.Count; i++)
        {
            Add(other[i]);
        }
    }

    private void Add(MentionSpan span)
    {
        if (Count == 0)
        {
            first = span;
        }
        else
        {
            (rest ??= []).Add(span);
        }

        Count++;
    }
}
