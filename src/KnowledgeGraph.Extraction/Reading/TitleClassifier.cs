using System.Buffers;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>
/// Tells article titles from in-article sub-headings. Both are short lines without a sentence stop; bulletin
/// titles name their subject first (a region, 国家…, an organisation) or use the 地区：主题 form, sub-headings
/// (科技投入再加大 支持力度前所未有, 一是…) do not.
/// </summary>
internal sealed class TitleClassifier
{
    private static readonly SearchValues<string> Enumerators = SearchValues.Create(
        ["一是", "二是", "三是", "四是", "五是", "六是", "七是", "八是", "九是", "十是", "首先", "其次", "最后", "第一", "第二", "第三"],
        StringComparison.Ordinal);

    private static readonly string[] SubjectStarts = ["国家", "中国", "我国", "全国", "科技部", "工信部", "国务院", "中科院", "中国科学院"];

    private static readonly string[] OrgHeads =
    [
        "中心", "实验室", "大学", "学院", "研究院", "研究所", "科学院", "集团", "公司", "厅", "局", "委员会", "高新区", "园区", "示范区",
    ];

    private readonly HashSet<string> regionNames;
    private readonly int maxRegionLength;

    public TitleClassifier(Gazetteer gazetteer)
    {
        regionNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var region in gazetteer.All)
        {
            regionNames.Add(region.Name);
            if (region.Level != RegionLevel.County && region.ShortName.Length >= 2)
            {
                regionNames.Add(region.ShortName);
            }
        }

        maxRegionLength = regionNames.Count == 0 ? 0 : regionNames.Max(n => n.Length);
    }

    public static TitleClassifier Default { get; } = new(Gazetteer.Default);

    /// <summary>Short, no sentence stop inside or at the end, not an enumeration.</summary>
    public static bool IsHeadingLike(ReadOnlySpan<char> text)
    {
        if (text.Length is < 4 or > 48 || text.IndexOfAny("。！？；!?;") >= 0)
        {
            return false;
        }

        var last = text[^1];
        if (last is '，' or '、' or '：' or ':' or ',' or '（' or '“')
        {
            return false;
        }

        return !StartsWithEnumerator(text);
    }

    public bool IsTitle(ReadOnlySpan<char> text, bool isFirst)
    {
        if (!IsHeadingLike(text))
        {
            return false;
        }

        if (isFirst)
        {
            return true;
        }

        var colon = text.IndexOfAny('：', ':');
        if (colon is > 1 and <= 12)
        {
            return true;
        }

        foreach (var start in SubjectStarts)
        {
            if (text.StartsWith(start))
            {
                return true;
            }
        }

        return StartsWithRegion(text) || StartsWithOrganisation(text);
    }

    private bool StartsWithRegion(ReadOnlySpan<char> text)
    {
        for (var len = Math.Min(maxRegionLength, text.Length - 1); len >= 2; len--)
        {
            if (regionNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[..len]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithOrganisation(ReadOnlySpan<char> text)
    {
        var window = text[..Math.Min(text.Length, 16)];
        foreach (var head in OrgHeads)
        {
            var at = window.IndexOf(head, StringComparison.Ordinal);
            if (at >= 2 && window[..at].IndexOfAny("，、 “") < 0)
            {
                return true;
            }
        }

        return false;
    }

    private static bool StartsWithEnumerator(ReadOnlySpan<char> text)
    {
        // Every enumerator is two characters: one found at 0 in the first two is the whole of them.
        if (text.Length >= 2 && text[..2].IndexOfAny(Enumerators) == 0)
        {
            return true;
        }

        // 一、 （一） 1. 1、 (1)
        var span = text;
        var i = span[0] is '（' or '(' ? 1 : 0;
        var digits = i;
        while (digits < span.Length && (char.IsAsciiDigit(span[digits]) || "一二三四五六七八九十".Contains(span[digits], StringComparison.Ordinal)))
        {
            digits++;
        }

        return digits > i && digits < span.Length && span[digits] is '、' or '.' or '）' or ')' or '．';
    }
}
