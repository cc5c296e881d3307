using System.Runtime.CompilerServices;
using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Extraction.Rules;

/// <summary>
/// Where an organisation name starts: extend left from the type word, stopping at punctuation, verbs and function
/// words, counted phrases (6家…) and conjunctions that follow another name or a person.
/// </summary>
internal static class OrganisationNameEdges
{
    private const int MaxNameLength = 32;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (int Start, bool Counted) LeftEdge(string text, int suffixStart, int end)
    {
        var p = suffixStart;
        while (p > 0 && end - p < MaxNameLength)
        {
            var c = text[p - 1];
            if (!Chars.IsCjk(c))
            {
                break;
            }

            if (Words.Measures.MatchEndingAt(text, p) > 0 && p >= 2 && Words.Numerals.Contains(text[p - 2], StringComparison.Ordinal))
            {
                return (p, true);
            }

            if (Words.LeftStops.MatchEndingAt(text, p) > 0)
            {
                break;
            }

            var conjunction = Words.Conjunctions.MatchEndingAt(text, p);
            if (conjunction > 0 && (EndsWithNameOrPerson(text, p - conjunction) || Words.LeftStops.MatchEndingAt(text, p - conjunction) > 0))
            {
                break;
            }

            p--;
        }

        return (p, false);
    }

    // 华创新材料等 / 铜爱电子“… are firms; 光电子信息, 新材料技术 are not.
    public static bool IsCleanWeakName(string text, int start, int suffixStart, int end)
    {
        var head = suffixStart - start;
        if (head is < 2 or > 4 || text.AsSpan(start, head).IndexOfAny("新首") >= 0)
        {
            return false;
        }

        return end == text.Length || !Chars.IsCjk(text[end]) || "等的与和及在获将是为".Contains(text[end], StringComparison.Ordinal);
    }

    private static bool EndsWithNameOrPerson(string text, int end)
    {
        if (end <= 0)
        {
            return true;
        }

        if (Words.PersonTitles.MatchEndingAt(text, end) > 0 || !Chars.IsCjk(text[end - 1]) || text[end - 1] == '等')
        {
            return true;
        }

        if (OrgSuffixes.ByLastChar.TryGetValue(text[end - 1], out var suffixes))
        {
            foreach (var suffix in suffixes)
            {
                if (suffix.Strength == SuffixStrength.Strong && suffix.Text.Length <= end
                    && text.AsSpan(end - suffix.Text.Length, suffix.Text.Length).SequenceEqual(suffix.Text))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
