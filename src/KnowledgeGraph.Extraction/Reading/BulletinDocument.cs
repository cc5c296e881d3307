namespace KnowledgeGraph.Extraction.Reading;

/// <summary>A bulletin split into articles and sentences; every offset indexes the original decoded text.</summary>
public sealed record BulletinDocument(string Text, IReadOnlyList<BulletinArticle> Articles)
{
    public static BulletinDocument Empty { get; } = new(string.Empty, []);
}

/// <summary>
/// One article. <see cref="Sentences"/>[0] is the title (<see cref="BulletinSentence.IsTitle"/>), the body follows,
/// so a fact read from a headline is traceable like any other. <see cref="Start"/>/<see cref="End"/> span title to last body sentence.
/// </summary>
public sealed record BulletinArticle(int Index, string Title, int Start, int End, IReadOnlyList<BulletinSentence> Sentences);

/// <summary>
/// A sentence as normalised text (PDF line breaks, page furniture and spaces between CJK characters removed) with the
/// offset of every normalised character in the original text.
/// </summary>
public sealed class BulletinSentence
{
    // A window on the paragraph's offsets: sentences share their paragraph's runs rather than copy them.
    private readonly OffsetRuns offsets;
    private readonly int first;
    private readonly int count;

    internal BulletinSentence(int index, int paragraph, string text, OffsetRuns offsets, int first, int count, bool isTitle)
    {
        Index = index;
        Paragraph = paragraph;
        Text = text;
        this.offsets = offsets;
        this.first = first;
        this.count = count;
        IsTitle = isTitle;

        // Every edge's mention asks for both: looked up once.
        Start = count == 0 ? 0 : offsets[first];
        End = count == 0 ? 0 : offsets[first + count - 1] + 1;
    }

    public int Index { get; }

    /// <summary>Index of the paragraph within the article (0 = title), so enumerations across sentences can be grouped.</summary>
    public int Paragraph { get; }

    public string Text { get; }

    public bool IsTitle { get; }

    public int Start { get; }

    public int End { get; }

    /// <summary>Original offset of the character at <paramref name="index"/> in <see cref="Text"/>.</summary>
    public int OriginalOffset(int index) => offsets[first + Math.Clamp(index, 0, count - 1)];

    /// <summary>Original [start, end) of the normalised span [start, start + length).</summary>
    public (int Start, int End) OriginalSpan(int start, int length)
    {
        if (count == 0)
        {
            return (0, 0);
        }

        var first = OriginalOffset(start);
        var last = OriginalOffset(start + Math.Max(length, 1) - 1);
        return (first, last + 1);
    }

    public override string ToString() => Text;
}
