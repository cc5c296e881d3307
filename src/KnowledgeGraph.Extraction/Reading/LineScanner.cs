using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>Cuts the text into physical lines and drops page furniture (running headers, page numbers, blank lines).</summary>
internal static class LineScanner
{
    private const string MastheadMark = "《科技情报参考》";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (List<TextLine> Lines, List<int> BlankBefore) Scan(string text)
    {
        // Sized from the line feeds (a vectorised count) rather than grown by copies; furniture is then dropped in place.
        var estimate = text.AsSpan().Count('\n') + 1;
        var lines = new List<TextLine>(estimate);
        var blankBefore = new List<int>(estimate);
        var blanks = 0;
        var pos = 0;
        while (pos < text.Length)
        {
            var end = pos;
            while (end < text.Length && !Chars.IsLineBreak(text[end]))
            {
                end++;
            }

            if (TryLine(text, pos, end, out var line))
            {
                lines.Add(line);
                blankBefore.Add(blanks);
                blanks = 0;
            }
            else
            {
                blanks++;
            }

            pos = end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        }

        var repeated = RepeatedLines(text, lines);
        var kept = 0;
        var carried = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (IsFurniture(text.AsSpan(line.Start, line.Length)) || repeated.TryGetValue((line.Start, line.Length), out var seen) && seen >= 3)
            {
                carried += blankBefore[i] + 1;
                continue;
            }

            lines[kept] = line;
            blankBefore[kept] = blankBefore[i] + carried;
            kept++;
            carried = 0;
        }

        lines.RemoveRange(kept, lines.Count - kept);
        blankBefore.RemoveRange(kept, blankBefore.Count - kept);
        return (lines, blankBefore);
    }

    private static bool TryLine(string text, int start, int end, out TextLine line)
    {
        var s = start;
        while (s < end && Chars.IsBlank(text[s]))
        {
            s++;
        }

        var e = end;
        while (e > s && Chars.IsBlank(text[e - 1]))
        {
            e--;
        }

        line = new TextLine(s, e, s - start, e < end, TextLine.WidthOf(text.AsSpan(s, e - s)));
        return e > s;
    }

    /// <summary>Page numbers (7, - 7 -, 第7页, 7/20) and the publication's masthead line.</summary>
    internal static bool IsFurniture(ReadOnlySpan<char> content)
    {
        if (content.Contains(MastheadMark, StringComparison.Ordinal) && !ContainsSentencePunctuation(content))
        {
            return true;
        }

        var digits = 0;
        foreach (var c in content)
        {
            var f = Chars.Fold(c);
            if (char.IsAsciiDigit(f))
            {
                digits++;
            }
            else if (!(f is '-' or '—' or '/' or '第' or '页' or '·' || Chars.IsBlank(f)))
            {
                return false;
            }
        }

        return digits is > 0 and <= 4;
    }

    // Identical short lines seen on several pages are running headers or footers (a count of 3 or more). Lines are
    // counted by their content, compared in place in the text rather than copied out as strings.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Dictionary<(int Start, int Length), int> RepeatedLines(string text, List<TextLine> lines)
    {
        var counts = new Dictionary<(int Start, int Length), int>(new SameContent(text));
        foreach (var line in lines)
        {
            if (line.Length is >= 4 and <= 60 && !ContainsSentencePunctuation(text.AsSpan(line.Start, line.Length)))
            {
                var key = (line.Start, line.Length);
                counts[key] = counts.TryGetValue(key, out var count) ? count + 1 : 1;
            }
        }

        return counts;
    }

    private sealed class SameContent(string text) : IEqualityComparer<(int Start, int Length)>
    {
        public bool Equals((int Start, int Length) x, (int Start, int Length) y) =>
            text.AsSpan(x.Start, x.Length).SequenceEqual(text.AsSpan(y.Start, y.Length));

        public int GetHashCode((int Start, int Length) obj) => string.GetHashCode(text.AsSpan(obj.Start, obj.Length));
    }

    private static bool ContainsSentencePunctuation(ReadOnlySpan<char> content) =>
        content.IndexOfAny("。，；！？") >= 0;
}
