using System.Buffers;
using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Extraction.Rules;

/// <summary>
/// 铜官数谷获国家级科技企业孵化器认定: a name without a type word takes the kind of the designation it receives.
/// </summary>
internal static class DesignationRecogniser
{
    private static readonly SearchValues<string> DesignationEnds =
        SearchValues.Create(["认定", "称号", "授牌", "备案"], StringComparison.Ordinal);

    public static void Find(string text, List<Hit> hits)
    {
        for (var at = text.IndexOf('获', StringComparison.Ordinal); at > 1; at = text.IndexOf('获', at + 1))
        {
            var start = at;
            while (start > 0 && Chars.IsCjk(text[start - 1]) && at - start < 8 && Words.LeftStops.MatchEndingAt(text, start) == 0)
            {
                start--;
            }

            if (at - start < 2 || (start > 0 && Chars.IsCjk(text[start - 1])) || Hit.AnyOverlaps(hits, start, at))
            {
                continue;
            }

            var rest = text.AsSpan(at + 1);
            var level = rest.StartsWith("国家级") ? "国家级" : rest.StartsWith("省级") ? "省级" : rest.StartsWith("市级") ? "市级" : null;
            var close = rest.IndexOfAny(DesignationEnds);
            if (close is < 2 or > 16)
            {
                continue;
            }

            var typeEnd = at + 1 + close;
            if (!OrgSuffixes.ByLastChar.TryGetValue(text[typeEnd - 1], out var suffixes) || SuffixEndingAt(text, typeEnd, suffixes) is not { } suffix)
            {
                continue;
            }

            hits.Add(new Hit(suffix.Kind, text[start..at], start, at) { Level = level });
        }
    }

    private static OrgSuffix? SuffixEndingAt(string text, int end, OrgSuffix[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (text.AsSpan(0, end).EndsWith(suffix.Text))
            {
                return suffix;
            }
        }

        return null;
    }
}
