using System.Buffers;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>
/// Rejoins PDF-wrapped lines into paragraphs. Layout hints (trailing space, indentation, blank lines) are used only
/// when the document uses them selectively, so text from other extractors still splits sensibly.
/// </summary>
internal static class ParagraphBuilder
{
    private const string Continuation = "，、（“‘《(:：-—";

    /// <summary>Characters the normalised text of all paragraphs may take: one per source character plus one space per line break.</summary>
    public static int Capacity(List<TextLine> lines)
    {
        var capacity = 0;
        foreach (var line in lines)
        {
            capacity += line.Length + 1;
        }

        return capacity;
    }

    /// <summary>The paragraphs, their text written into <paramref name="buffer"/> (at least <see cref="Capacity"/> long).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static List<Paragraph> Build(string text, List<TextLine> lines, List<int> blankBefore, char[] buffer)
    {
        var paragraphs = new List<Paragraph>();
        if (lines.Count == 0)
        {
            return paragraphs;
        }

        var layout = Layout.Of(lines, blankBefore);
        // At most one run per character: (index, offset) pairs of the paragraph being normalised.
        var runs = ArrayPool<int>.Shared.Rent(2 * buffer.Length);
        try
        {
            var used = 0;
            var first = 0;
            for (var i = 1; i <= lines.Count; i++)
            {
                if (i == lines.Count || Breaks(text, lines[i - 1], lines[i], blankBefore[i], layout))
                {
                    var (length, runCount) = Fill(text, lines, first, i, buffer.AsSpan(used), runs);
                    if (length > 0)
                    {
                        paragraphs.Add(new Paragraph(buffer, used, length, new OffsetRuns(runs[..(2 * runCount)])));
                        used += length;
                    }

                    first = i;
                }
            }
        }
        finally
        {
            ArrayPool<int>.Shared.Return(runs);
        }

        return paragraphs;
    }

    private static bool Breaks(string text, TextLine a, TextLine b, int blanks, Layout layout)
    {
        if (layout.BlankLinesSeparate && blanks > 0)
        {
            return true;
        }

        var aLast = LastSignificant(text, a);
        var aEndsSentence = Chars.IsSentenceEnd(aLast) || aLast is '：' && a.Width < layout.FullWidth * 0.75;
        if (layout.TrailingSpaceEnds && a.TrailingSpace)
        {
            return true;
        }

        if (aEndsSentence && layout.IndentStarts && b.Indent >= 2)
        {
            return true;
        }

        var aShort = a.Width < layout.FullWidth * 0.75;
        if (aShort && !Continuation.Contains(aLast, StringComparison.Ordinal))
        {
            return true;
        }

        var bLast = LastSignificant(text, b);
        var bShort = b.Width < layout.FullWidth * 0.75;
        return aEndsSentence && bShort && !Chars.IsSentenceEnd(bLast) && !Continuation.Contains(bLast, StringComparison.Ordinal);
    }

    // The last character that is not a closing quote/bracket: 。” ends a sentence.
    private static char LastSignificant(string text, TextLine line)
    {
        for (var i = line.End - 1; i >= line.Start; i--)
        {
            if (!Chars.IsClosing(text[i]))
            {
                return Chars.Fold(text[i]);
            }
        }

        return ' ';
    }

    // Joins the lines' characters (folded, blanks dropped, one space kept between Latin words) into the buffer, and
    // the original offsets into runs; returns the paragraph's length and run count.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (int Length, int Runs) Fill(string text, List<TextLine> lines, int from, int to, Span<char> chars, int[] runs)
    {
        var length = 0;
        var runCount = 0;
        var previous = -2;
        var pendingSpace = -1;
        for (var l = from; l < to; l++)
        {
            var line = lines[l];
            if (l > from && length > 0)
            {
                pendingSpace = line.Start - 1;
            }

            for (var i = line.Start; i < line.End; i++)
            {
                var c = Chars.Fold(text[i]);
                if (Chars.IsBlank(c))
                {
                    if (length > 0 && pendingSpace < 0)
                    {
                        pendingSpace = i;
                    }

                    continue;
                }

                if (pendingSpace >= 0 && Chars.IsWordish(chars[length - 1]) && Chars.IsWordish(c))
                {
                    Append(chars, runs, ref length, ref runCount, ref previous, ' ', pendingSpace);
                }

                pendingSpace = -1;
                Append(chars, runs, ref length, ref runCount, ref previous, c, i);
            }
        }

        return (length, runCount);
    }

    private static void Append(Span<char> chars, int[] runs, ref int length, ref int runCount, ref int previous, char c, int offset)
    {
        if (offset != previous + 1)
        {
            runs[2 * runCount] = length;
            runs[(2 * runCount) + 1] = offset;
            runCount++;
        }

        previous = offset;
        chars[length++] = c;
    }

    private sealed record Layout(double FullWidth, bool BlankLinesSeparate, bool TrailingSpaceEnds, bool IndentStarts)
    {
        public static Layout Of(List<TextLine> lines, List<int> blankBefore)
        {
            var widths = new double[lines.Count];
            for (var i = 0; i < widths.Length; i++)
            {
                widths[i] = lines[i].Width;
            }

            Array.Sort(widths);
            var full = widths.Length >= 5 ? widths[(int)(widths.Length * 0.8)] : 28;
            var n = (double)lines.Count;
            return new Layout(
                Math.Max(full, 8),
                blankBefore.Count(b => b > 0) / n < 0.5,
                lines.Count(l => l.TrailingSpace) / n < 0.6,
                lines.Count(l => l.Indent >= 2) / n < 0.5);
        }
    }
}
