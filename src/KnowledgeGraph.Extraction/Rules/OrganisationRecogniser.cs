using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Extraction.Lexicon;

namespace KnowledgeGraph.Extraction.Rules;

/// <summary>
/// Organisation names by suffix: find a type word (实验室, 技术创新中心, 大学 …), then extend left to the name's start
/// (<see cref="OrganisationNameEdges"/>), drop categories (<see cref="OrganisationCategories"/>), and add the known
/// abbreviations and the names that only a designation types (<see cref="DesignationRecogniser"/>).
/// </summary>
internal sealed class OrganisationRecogniser(RegionIndex regions, Abbreviations abbreviations)
{
    private readonly OrganisationNameBuilder names = new(regions);

    /// <summary>The organisations named in the text, into <paramref name="hits"/> (cleared first); <paramref name="abbreviationHits"/> is a list to reuse.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<Hit> Find(string text, ArticleContext context, List<Hit> hits, List<Hit> abbreviationHits)
    {
        hits.Clear();
        for (var end = 2; end <= text.Length; end++)
        {
            if (!OrgSuffixes.LastChars.Contains(text[end - 1]) || !OrgSuffixes.ByLastChar.TryGetValue(text[end - 1], out var suffixes))
            {
                continue;
            }

            foreach (var suffix in suffixes)
            {
                var start = end - suffix.Text.Length;
                if (start < 0 || !text.AsSpan(start, suffix.Text.Length).SequenceEqual(suffix.Text))
                {
                    continue;
                }

                if (end < text.Length && OrgSuffixes.BlocksAfter(suffix, text[end]))
                {
                    break;
                }

                if (names.Build(text, start, end, suffix, context) is { } hit)
                {
                    AddKeepingLongest(hits, hit);
                }

                break;
            }
        }

        AddAbbreviations(text, hits, abbreviationHits);
        DesignationRecogniser.Find(text, hits);
        hits.Sort((a, b) => a.Start.CompareTo(b.Start));
        return hits;
    }

    // A known abbreviation wins over the suffix names inside it, unless a longer name contains it.
    private void AddAbbreviations(string text, List<Hit> hits, List<Hit> found)
    {
        foreach (var abbreviation in abbreviations.FindAll(text, found))
        {
            if (!ContainedInLonger(hits, abbreviation))
            {
                hits.RemoveWhere(abbreviation, static (h, abbreviation) => h.Start >= abbreviation.Start && h.End <= abbreviation.End);
                hits.Add(abbreviation);
            }
        }
    }

    private static bool ContainedInLonger(List<Hit> hits, Hit abbreviation)
    {
        foreach (var h in hits)
        {
            if (h.Start <= abbreviation.Start && h.End >= abbreviation.End && h.End - h.Start > abbreviation.End - abbreviation.Start)
            {
                return true;
            }
        }

        return false;
    }

    // A name that starts where a longer one starts and runs into its type word (产业园 / 产业园区,
    // 南京圣和药业 / 南京圣和药业股份有限公司) is the same mention; a parent named as prefix stays separate.
    private static void AddKeepingLongest(List<Hit> hits, Hit hit)
    {
        hits.RemoveWhere(hit, static (h, hit) => h.Start == hit.Start && h.End < hit.End && h.End >= hit.SuffixStart);
        hits.Add(hit);
    }
}
