using System.Runtime.CompilerServices;
using System.Text;

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
        var paragraphs = ParagraphBuilder.Build(text, lines, blanks);
        cancellationToken.ThrowIfCancellationRequested();

        var articles = new List<BulletinArticle>();
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
            current.AddBody(paragraph);
        }

        Flush(current, articles);
        return new BulletinDocument(text, articles);
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
                sentences.Add(new BulletinSentence(0, 0, titleParagraph.Text, titleParagraph.Offsets, isTitle: true));
            }
            else
            {
                title = string.Empty;
            }

            paragraphs = 1;
        }

        public bool HasBody => sentences.Any(s => !s.IsTitle);

        public void AddBody(Paragraph paragraph)
        {
            foreach (var (start, end) in SentenceSplitter.Split(paragraph.Text))
            {
                // Trim stray separators so a sentence never starts with a comma left by a split.
                var s = start;
                while (s < end && paragraph.Text[s] is ' ' or '，' or '、')
                {
                    s++;
                }

                if (end > s && HasContent(paragraph.Text.AsSpan(s, end - s)))
                {
                    sentences.Add(new BulletinSentence(
                        sentences.Count, paragraphs, paragraph.Text[s..end], paragraph.Offsets, s, end - s, isTitle: false));
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
            var sb = new StringBuilder(span.Length);
            var space = false;
            foreach (var raw in span)
            {
                var c = Chars.Fold(raw);
                if (Chars.IsBlank(c))
                {
                    space = sb.Length > 0;
                    continue;
                }

                if (space)
                {
                    sb.Append(' ');
                    space = false;
                }

                sb.Append(c);
            }

            return sb.ToString();
        }
    }
}
