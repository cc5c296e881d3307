namespace KnowledgeGraph.Extraction.Reading;

/// <summary>A logical paragraph: PDF lines rejoined into normalised text, with each character's original offset.</summary>
internal sealed record Paragraph(string Text, int[] Offsets)
{
    public int Start => Offsets[0];

    public int End => Offsets[^1] + 1;
}
