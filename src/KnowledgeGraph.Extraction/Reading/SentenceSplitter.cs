namespace KnowledgeGraph.Extraction.Reading;

/// <summary>Splits a paragraph on 。！？；… outside quotes; a closing quote right after the stop belongs to the sentence.</summary>
internal static class SentenceSplitter
{
    // A quote left open by an extraction error must not swallow the rest of the paragraph.
    private const int MaxQuotedLength = 240;

    public static IEnumerable<(int Start, int End)> Split(string text)
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
