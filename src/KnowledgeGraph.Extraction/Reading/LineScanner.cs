using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>Cuts the text into physical lines and drops page furniture (running headers, page numbers, blank lines).</summary>
internal static class LineScanner
{
    private const string MastheadMark = "《科技情报参考》";

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (List<TextLine> Lines, List<int> BlankBefore) Scan(string text)
    {
        var raw = new List<TextLine>();
        var blankBefore = new List<int>();
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
                raw.Add(line);
                blankBefore.Add(blanks);
                blanks = 0;
            }
            else
            {
                blanks++;
            }

            pos = end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;
        }

        var repeated = RepeatedLines(text, raw).GetAlternateLookup<ReadOnlySpan<char>>();
        var lines = new List<TextLine>(raw.Count);
        var keptBlanks = new List<int>(raw.Count);
        var carried = 0;
        for (var i = 0; i < raw.Count; i++)
        {
            var content = text.AsSpan(raw[i].Start, raw[i].Length);
            if (IsFurniture(content) || repeated.Contains(content))
            {
                carried += blankBefore[i] + 1;
                continue;
            }

            lines.Add(raw[i]);
            keptBlanks.Add(blankBefore[i] + carried);
            carried = 0;
        }

        return (lines, keptBlanks);
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

    // Identical short lines seen on several pages are running headers or footers.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static HashSet<string> RepeatedLines(string text, List<TextLine> lines)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var byContent = counts.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var line in lines)
        {
            var content = text.AsSpan(line.Start, line.Length);
            if (line.Length is >= 4 and <= 60 && !ContainsSentencePunctuation(content))
            {
                byContent[content] = byContent.TryGetValue(content, out var count) ? count + 1 : 1;
            }
        }

        var repeated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, count) in counts)
        {
            if (count >= 3)
            {
                repeated.Add(line);
            }
        }

        return repeated;
    }

    private static bool ContainsSentencePunctuation(ReadOnlySpan<char> content) =>
        content.IndexOfAny("。，；！？") >= 0;
}
