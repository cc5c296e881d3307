namespace KnowledgeGraph.Extraction.Reading;

/// <summary>Splits a paragraph on 。！？；… outside quotes; a closing quote right after the stop belongs to the sentence.</summary>
internal static class SentenceSplitter
{
    // A quote left open by an extraction error must not swallow the rest of the paragraph.
    private const int MaxQuotedLength = 240;

    /// <summary>
    /// Longest sentence handed to the rules; longer runs (text without stops) are cut at a comma or space so every
    /// rule's cost stays bounded whatever the input.
    /// </summary>
    public const int MaxSentenceLength = 400;

    public static IEnumerable<(int Start, int End)> Split(string text)
    {
        foreach (var (start, end) in SplitOnStops(text))
        {
            for (var s = start; s < end;)
            {
                var e = end - s <= MaxSentenceLength ? end : CutPoint(text, s, s + MaxSentenceLength);
                yield return (s, e);
                s = e;
            }
        }
    }

    private static int CutPoint(string text, int start, int limit)
    {
        for (var i = limit - 1; i > start + MaxSentenceLength / 2; i--)
        {
            if (text[i] is '，' or '、' or ',' or ' ' or '：')
            {
                return i + 1;
            }
        }

        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }

    private static IEnumerable<(int Start, int End)> SplitOnStops(string text)
    {
        var start = 0;
        var depth = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            depth = c switch
            {
                '“' or '‘' or '「' or '『' or '（' or '(' => depth + 1,
                '”' or '’' or '」' or '』' or '）' or ')' => Math.Max(0, depth - 1),
                _ => depth,
            };

            var stops = Chars.IsSentenceEnd(c) || (depth == 0 && Chars.IsClosing(c) && i > start && Chars.IsSentenceEnd(text[i - 1]));
            if (stops && (depth == 0 || i - start > MaxQuotedLength))
            {
                var end = i + 1;
                while (end < text.Length && (Chars.IsSentenceEnd(text[end]) || Chars.IsClosing(text[end])))
                {
                    if (text[end] is '”' or '’' or '」' or '』' or '）' or ')')
                    {
                        depth = Math.Max(0, depth - 1);
                    }

                    end++;
                }

                yield return (start, end);
                start = end;
                depth = 0;
                i = end;
                continue;
            }

            i++;
        }

        if (start < text.Length)
        {
            yield return (start, text.Length);
        }
    }
}
