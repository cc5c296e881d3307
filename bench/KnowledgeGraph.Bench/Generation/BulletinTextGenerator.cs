using System.Text;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Bench.Generation;

/// <summary>
/// Writes synthetic 《科技情报参考》 issues: several articles per issue, sentences built from the chain catalogue, the
/// gazetteer and organisation-name patterns, laid out like PDF-extracted text (short wrapped lines, blank lines between
/// them, page breaks that glue a leading space to the next line). Issue <c>i</c> is the same text on every run.
/// <paramref name="fillerShare"/> is the share of sentences that name no organisation (policy narrative): the seeds'
/// density (<see cref="SeedLikeFillerShare"/>) unless a denser text is asked for.
/// </summary>
internal sealed class BulletinTextGenerator(ChainCatalogue catalogue, Gazetteer gazetteer, int seed = 20240101, double fillerShare = BulletinTextGenerator.SeedLikeFillerShare)
{
    /// <summary>
    /// Calibrated so generated issues extract about as many mentions, entities and relations per character as the two
    /// real seeds (about 53 mentions, 15 entities and 18 relations per 1,000 characters; see the bench test that checks
    /// it). With one sentence in twelve as filler, issues came out 2.3× as dense as the seeds.
    /// </summary>
    public const double SeedLikeFillerShare = 0.6;

    /// <summary>The first generator's mix: one filler sentence in twelve, every other one naming organisations.</summary>
    public const double DenseFillerShare = 1.0 / 12;

    /// <summary>Characters per wrapped line and lines per page, as in the seeds.</summary>
    private const int LineWidth = 30;
    private const int LinesPerPage = 38;
    private const string NoLineStart = "，。；、：）》”！？";

    private readonly NameFactory names = new(gazetteer);

    public static string FileName(int index) => $"科技情报参考-合成-{index:D6}.txt";

    public string Generate(int index, int targetChars)
    {
        var random = new Random(Seeds.Mix(seed, index, 2));
        var body = new List<string>();
        var length = 0;
        var first = true;
        while (length < targetChars)
        {
            foreach (var line in Article(random, first))
            {
                body.Add(line);
                length += LaidOutLength(line);
                if (length >= targetChars)
                {
                    // The seeds end mid-issue as often as not; a whole extra article would overshoot their size by a fifth.
                    break;
                }
            }

            first = false;
        }

        return Layout(body);
    }

    /// <summary>A paragraph's length once wrapped: each line of <see cref="LineWidth"/> characters ends in a blank line.</summary>
    private static int LaidOutLength(string paragraph) => paragraph.Length + (2 * ((paragraph.Length + LineWidth - 1) / LineWidth));

    private IEnumerable<string> Article(Random random, bool first)
    {
        var chain = random.Pick(catalogue.Chains);
        var city = names.City(random);
        var province = names.ProvinceOf(city);
        var sentences = new SentenceWriter(random, names, chain, city, province, fillerShare);
        yield return first ? $" {province.ShortName}：高能级创新平台助力{chain.Name}“突围” " : $"{province.ShortName}{city.ShortName}：{chain.Name}产业链创新发展取得积极成效 ";
        var paragraphs = random.Next(4, 8);
        for (var p = 0; p < paragraphs; p++)
        {
            var paragraph = new StringBuilder("  ");
            var count = random.Next(2, 5);
            for (var s = 0; s < count; s++)
            {
                paragraph.Append(sentences.Next());
            }

            paragraph.Append(' ');
            yield return paragraph.ToString();
        }
    }

    private static string Layout(List<string> paragraphs)
    {
        var text = new StringBuilder();
        var lineOnPage = 0;
        foreach (var paragraph in paragraphs)
        {
            var lines = Wrap(paragraph.TrimEnd());
            lines[^1] += " ";
            foreach (var line in lines)
            {
                if (++lineOnPage == LinesPerPage)
                {
                    // PDF page break: the next page's first line starts with a space right after a single newline.
                    text.Append('\n').Append(' ').Append(line).Append("\n\n");
                    lineOnPage = 0;
                    continue;
                }

                text.Append(line).Append("\n\n");
            }
        }

        return text.ToString();
    }

    /// <summary>Fixed-width lines; closing punctuation never starts a line (it stays on the line before, as typeset).</summary>
    private static List<string> Wrap(string paragraph)
    {
        var lines = new List<string>();
        var start = 0;
        while (start < paragraph.Length)
        {
            var end = Math.Min(paragraph.Length, start + LineWidth);
            while (end < paragraph.Length && NoLineStart.Contains(paragraph[end]))
            {
                end++;
            }

            lines.Add(paragraph[start..end]);
            start = end;
        }

        return lines;
    }
}
