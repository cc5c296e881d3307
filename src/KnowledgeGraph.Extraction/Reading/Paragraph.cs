namespace KnowledgeGraph.Extraction.Reading;

/// <summary>
/// A logical paragraph: PDF lines rejoined into normalised text, with each character's original offset. The text
/// lives in the reader's buffer until the paragraph's sentences are cut from it; only sentences become strings.
/// </summary>
internal sealed class Paragraph(char[] buffer, int start, int length, OffsetRuns offsets)
{
    public ReadOnlySpan<char> Text => buffer.AsSpan(start, length);

    public int Length => length;

    public OffsetRuns Offsets => offsets;

    public int Start => offsets[0];

    public int End => offsets[length - 1] + 1;
}
