using System.Runtime.CompilerServices;
using System.Collections.Frozen;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Extraction.Lexicon;

/// <summary>A region name found in text.</summary>
internal readonly record struct RegionHit(Region Region, int Start, int Length, bool IsShortName)
{
    public int End => Start + Length;
}

/// <summary>
/// Region names for dictionary matching: province and city names (full and short), county full names. County short
/// names (铜官, 和平) are ordinary words too often to be matched, as are a few city short names that are common nouns.
/// </summary>
internal sealed class RegionIndex
{
    private static readonly FrozenSet<string> AmbiguousShortNames = FrozenSet.ToFrozenSet(
    [
        "白银", "阿里", "大同", "长治", "三明", "普洱", "通化", "中卫", "海东", "来宾", "定西", "安康", "吉安", "永安", "黄山", "中山",
        "东方", "和平", "新区", "城区", "郊区", "矿区", "开发", "江南", "河南区", "西湖", "宝山", "长安", "新华", "白城", "临江",
    ], StringComparer.Ordinal);

    // A plain dictionary: freezing thousands of names cost more at start-up (tens of ms, on the first bulletin) than
    // it ever saved on lookups.
    private readonly Dictionary<string, (Region[] Regions, bool IsShort)>.AlternateLookup<ReadOnlySpan<char>> byName;
    private readonly WordList words;

    // Graph keys of region nodes, composed once instead of for every LOCATED_IN.
    private readonly Dictionary<Region, string> keys = new(ReferenceEqualityComparer.Instance);

    public RegionIndex(Gazetteer gazetteer)
    {
        Gazetteer = gazetteer;
        foreach (var region in gazetteer.All)
        {
            keys.TryAdd(region, EntityIds.Region(region.Code));
        }

        var names = new Dictionary<string, (List<Region> Regions, bool IsShort)>(StringComparer.Ordinal);
        foreach (var region in gazetteer.All)
        {
            Add(names, region.Name, region, isShort: false);
            if (region.Level != RegionLevel.County && region.ShortName.Length >= 2 && region.ShortName != region.Name
                && !AmbiguousShortNames.Contains(region.ShortName))
            {
                Add(names, region.ShortName, region, isShort: true);
            }
        }

        var byFullName = names
            .Where(p => p.Key.Length >= 2)
            .ToDictionary(p => p.Key, p => (p.Value.Regions.OrderBy(r => r.Level).ToArray(), p.Value.IsShort), StringComparer.Ordinal);
        byName = byFullName.GetAlternateLookup<ReadOnlySpan<char>>();
        words = new WordList(byFullName.Keys);
    }

    public static RegionIndex Default { get; } = new(Gazetteer.Default);

    public Gazetteer Gazetteer { get; }

    /// <summary>The longest region name starting at <paramref name="start"/>; ambiguous names prefer a region inside <paramref name="context"/>.</summary>
    public RegionHit? MatchAt(ReadOnlySpan<char> text, int start, string? context = null)
    {
        var length = words.MatchStartingAt(text, start);
        if (length == 0 || !byName.TryGetValue(text.Slice(start, length), out var entry))
        {
            return null;
        }

        return new RegionHit(Pick(entry.Regions, context), start, length, entry.IsShort);
    }

    /// <summary>Every region named in the text, left to right, longest match, non-overlapping.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<RegionHit> FindAll(ReadOnlySpan<char> text, string? context = null) => FindAll(text, context, []);

    /// <summary>As above, into <paramref name="hits"/> (cleared first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public List<RegionHit> FindAll(ReadOnlySpan<char> text, string? context, List<RegionHit> hits)
    {
        hits.Clear();
        for (var i = 0; i < text.Length;)
        {
            if (MatchAt(text, i, context) is { } hit)
            {
                hits.Add(hit);
                i = hit.End;
            }
            else
            {
                i++;
            }
        }

        return hits;
    }

    /// <summary>
    /// The most specific province/city a name begins with (安徽省铜陵市… → 铜陵市, 北京工商大学 → 北京市), with the
    /// length of the region part. County names never place an organisation by prefix.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (Region Region, int Length)? PrefixOf(ReadOnlySpan<char> name, string? context = null)
    {
        (Region Region, int Length)? found = null;
        var at = 0;
        while (MatchAt(name, at, context) is { } hit && hit.Region.Level != RegionLevel.County && hit.End < name.Length)
        {
            if (found is { } previous && !IsInside(hit.Region, previous.Region))
            {
                break;
            }

            found = (hit.Region, hit.End);
            at = hit.End;
        }

        return found;
    }

    /// <summary>The graph key of a region node.</summary>
    public string Key(Region region) => keys.TryGetValue(region, out var key) ? key : EntityIds.Region(region.Code);

    public bool IsInside(Region inner, Region outer)
    {
        if (inner.Code == outer.Code)
        {
            return true;
        }

        // The ancestors walked in place: this is asked for every ambiguous or prefixed name.
        for (var region = Gazetteer.Get(inner.Code); region?.ParentCode is { } parent;)
        {
            region = Gazetteer.Get(parent);
            if (region is null)
            {
                return false;
            }

            if (region.Code == outer.Code)
            {
                return true;
            }
        }

        return false;
    }

    private Region Pick(Region[] regions, string? context)
    {
        if (regions.Length == 1 || context is null || Gazetteer.Get(context) is not { } ctx)
        {
            return regions[0];
        }

        foreach (var region in regions)
        {
            if (IsInside(region, ctx) || IsInside(ctx, region))
            {
                return region;
            }
        }

        var province = Gazetteer.Ancestors(ctx.Code).LastOrDefault() ?? ctx;
        foreach (var region in regions)
        {
            if (IsInside(region, province))
            {
                return region;
            }
        }

        return regions[0];
    }

    private static void Add(Dictionary<string, (List<Region> Regions, bool IsShort)> names, string name, Region region, bool isShort)
    {
        if (!names.TryGetValue(name, out var entry))
        {
            entry = ([], isShort);
            names[name] = entry;
        }

        entry.Regions.Add(region);
        if (!isShort && entry.IsShort)
        {
            names[name] = (entry.Regions, false);
        }
    }
}
