using System.Runtime.CompilerServices;
using KnowledgeGraph.Extraction.Lexicon;

namespace KnowledgeGraph.Extraction.Rules;

/// <summary>
/// Quantities stated about the sentence's subject: 已集聚102家成员单位, 开展科研项目134项, 累计启动科研项目140多项.
/// The subject is the first organisation of the sentence, else the article's last subject.
/// </summary>
internal static class QuantFacts
{
    private static readonly WordList Units = new(["万元", "亿元", "元", "家", "名", "位", "项", "个", "件", "篇", "部", "人", "支", "款", "笔", "场", "次", "户", "期"]);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Apply(SentenceScope scope)
    {
        var subject = scope.Hits.FirstOrDefault(h => h.IsOrganisation) ?? scope.Context.LastSubject;
        if (subject is null)
        {
            return;
        }

        var key = subject.Id;
        var text = scope.Text;
        var year = YearOf(text);
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i]) || (i > 0 && (char.IsAsciiDigit(text[i - 1]) || text[i - 1] == '.')))
            {
                continue;
            }

            var j = i;
            while (j < text.Length && (char.IsAsciiDigit(text[j]) || (text[j] == '.' && j + 1 < text.Length && char.IsAsciiDigit(text[j + 1]))))
            {
                j++;
            }

            if (!decimal.TryParse(text.AsSpan(i, j - i), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            var k = j;
            if (k < text.Length && text[k] is '万' && !(k + 1 < text.Length && text[k + 1] == '元'))
            {
                value *= 10000;
                k++;
            }

            while (k < text.Length && text[k] is '多' or '余')
            {
                k++;
            }

            var unit = Units.MatchStartingAt(text, k);
            if (unit == 0 || (k < text.Length && text[k] == '年'))
            {
                i = j;
                continue;
            }

            var unitText = text.Substring(k, unit);
            var metric = MetricAfter(text, k + unit) ?? MetricBefore(text, i);
            if (metric is not null)
            {
                scope.Graph.AddFact(key, metric, value, unitText, year, scope.Context.Article, scope.Sentence, i, k + unit);
            }

            i = k + unit - 1;
        }
    }

    private static string? MetricAfter(string text, int from)
    {
        var end = from;
        while (end < text.Length && end - from < 8 && Reading.Chars.IsCjk(text[end]) && text[end] is not ('和' or '、' or '，' or '的'))
        {
            end++;
        }

        return end - from >= 2 ? text[from..end] : null;
    }

    // 开展科研项目134项: the noun right before the number.
    private static string? MetricBefore(string text, int numberStart)
    {
        var start = numberStart;
        while (start > 0 && numberStart - start < 6 && Reading.Chars.IsCjk(text[start - 1]) && Words.LeftStops.MatchEndingAt(text, start) == 0)
        {
            start--;
        }

        return numberStart - start >= 2 ? text[start..numberStart] : null;
    }

    private static int? YearOf(string text)
    {
        var at = text.IndexOf('年', StringComparison.Ordinal);
        while (at >= 4)
        {
            if (int.TryParse(text.AsSpan(at - 4, 4), out var year) && year is > 1949 and < 2100)
            {
                return year;
            }

            at = text.IndexOf('年', at + 1);
        }

        return null;
    }
}
