using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>A physical line of the PDF text: content bounds (whitespace trimmed) plus the layout hints around it.</summary>
internal readonly record struct TextLine(int Start, int End, int Indent, bool TrailingSpace, double Width)
{
    public int Length => End - Start;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double WidthOf(ReadOnlySpan<char> content)
    {
        double width = 0;
        foreach (var c in content)
        {
            width += c < 0x2E80 && !char.IsWhiteSpace(c) ? 0.5 : c >= 0x2E80 ? 1 : 0;
        }

        return width;
    }
}
