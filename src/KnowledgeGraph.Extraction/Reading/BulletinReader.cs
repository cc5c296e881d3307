using System.Buffers;
using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>
/// Reads the decoded text of a bulletin (as extracted from PDF) into articles and sentences. Page furniture is
/// dropped, wrapped lines rejoined; every sentence keeps the original offset of each of its characters.
/// </summary>
public static class BulletinReader
{
    public static BulletinDocument Read(string text) => Read(text, CancellationToken.None);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static BulletinDocument Read(string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (lines, blanks) = LineScanner.Scan(text);
        cancellationToken.ThrowIfCancellationRequested();

        // The paragraphs' normalised text is only cut into sentences: it lives in a pooled buffer for this call.
        var buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, ParagraphBuilder.Capacity(lines)));
        try
        {
            var paragraphs = ParagraphBuilder.Build(text, lines, blanks, buffer);
            cancellationToken.ThrowIfCancellationRequested();
            return new BulletinDocument(text, Articles(text, paragraphs));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static List<BulletinArticle> Articles(string text, List<Paragraph> paragraphs)
    {
        var articles = new List<BulletinArticle>();
        var sentences = new List<(int Start, int End)>();
        ArticleDraft? current = null;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            var paragraph = paragraphs[p];
            var nextIsBody = p + 1 < paragraphs.Count && !TitleClassifier.IsHeadingLike(paragraphs[p + 1].Text);
            if (TitleClassifier.Default.IsTitle(paragraph.Text, current is null) && (nextIsBody || current is null))
            {
                Flush(current, articles);
                current = new ArticleDraft(text, paragraph);
                continue;
            }

            current ??= new ArticleDraft(text, null);
            current.AddBody(paragraph, sentences);
        }

        Flush(current, articles);
        return articles;
    }

    private static void Flush(ArticleDraft? draft, List<BulletinArticle> articles)
    {
        if (draft is { HasBody: true })
        {
            articles.Add(draft.Build(articles.Count));
        }
    }

    private sealed class ArticleDraft
    {
        private readonly string title;
        private readonly List<BulletinSentence> sentences = [];
        private int paragraphs;

        public ArticleDraft(string text, Paragraph? titleParagraph)
        {
            if (titleParagraph is not null)
            {
                title = Collapse(text.AsSpan(titleParagraph.Start, titleParagraph.End - titleParagraph.Start));
                sentences.Add(new BulletinSentence(0, 0, titleParagraph.Text.ToString(), titleParagraph.Offsets, 0, titleParagraph.Length, isTitle: true));
            }
            else
            {
                title = string.Empty;
            }

            paragraphs = 1;
        }

        public bool HasBody => sentences.Any(s => !s.IsTitle);

        /// <summary>Adds the paragraph's sentences; <paramref name="spans"/> is a list to reuse for the split.</summary>
        public void AddBody(Paragraph paragraph, List<(int Start, int End)> spans)
        {
            foreach (var (start, end) in SentenceSplitter.Split(paragraph.Text, spans))
            {
                // Trim stray separators so a sentence never starts with a comma left by a split.
                var s = start;
                while (s < end && paragraph.Text[s] is ' ' or '，' or '、')
                {
                    s++;
                }

                if (end > s && HasContent(paragraph.Text.Slice(s, end - s)))
                {
                    sentences.Add(new BulletinSentence(
                        sentences.Count, paragraphs, paragraph.Text[s..end].ToString(), paragraph.Offsets, s, end - s, isTitle: false));
                }
            }

            paragraphs++;
        }

        private static bool HasContent(ReadOnlySpan<char> span)
        {
            foreach (var c in span)
            {
                if (char.IsLetterOrDigit(c))
                {
                    return true;
                }
            }

            return false;
        }

        public BulletinArticle Build(int index) =>
            new(index, title, sentences[0].Start, sentences[^1].End, sentences);

        private static string Collapse(ReadOnlySpan<char> span)
        {
            var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, span.Length));
            try
            {
                var length = 0;
                var space = false;
                foreach (var raw in span)
                {
                    var c = Chars.Fold(raw);
                    if (Chars.IsBlank(c))
                    {
                        space = length > 0;
                        continue;
                    }

                    if (space)
                    {
                        chars[length++] = ' ';
                        space = false;
                    }

                    chars[length++] = c;
                }

                return new string(chars, 0, length);
            }
            finally
            {
                ArrayPool<char>.Shared.Return(chars);
            }
        }
    }
}
