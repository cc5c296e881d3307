using System.Runtime.CompilerServices;

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

    /// <summary>The sentences' [start, end) in <paramref name="text"/>, into <paramref name="sentences"/> (cleared first: the reader reuses one list).</summary>
    public static List<(int Start, int End)> Split(ReadOnlySpan<char> text, List<(int Start, int End)> sentences)
    {
        sentences.Clear();
        SplitOnStops(text, sentences);
        return sentences;
    }

    // A span between stops, cut into pieces of at most MaxSentenceLength.
    private static void Add(ReadOnlySpan<char> text, int start, int end, List<(int Start, int End)> sentences)
    {
        for (var s = start; s < end;)
        {
            var e = end - s <= MaxSentenceLength ? end : CutPoint(text, s, s + MaxSentenceLength);
            sentences.Add((s, e));
            s = e;
        }
    }

    private static int CutPoint(ReadOnlySpan<char> text, int start, int limit)
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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SplitOnStops(ReadOnlySpan<char> text, List<(int Start, int End)> sentences)
    {
        var start = 0;
        var depth = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (Chars.IsCjk(c))
            {
                // Ideographs are neither quotes nor stops: most of the text skips the checks below.
                i++;
                continue;
            }

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

                Add(text, start, end, sentences);
                start = end;
                depth = 0;
                i = end;
                continue;
            }

            i++;
        }

        if (start < text.Length)
        {
            Add(text, start, text.Length, sentences);
        }
    }
}
