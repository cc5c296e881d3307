using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Extraction.Rules;

/// <summary>What the rules know about the article a sentence belongs to: its region, acting agency, subject.</summary>
internal sealed class ArticleContext(BulletinArticle article, Region? region, RegionIndex regions)
{
    public BulletinArticle Article { get; } = article;

    /// <summary>The place the article is about (title region, else the first region of the body).</summary>
    public Region? Region { get; } = region;

    /// <summary>The agency the article names as its actor; subject-less sentences inherit it (市科技局 …).</summary>
    public Hit? Actor { get; set; }

    /// <summary>A policy the article is about (武汉发布《…》): it supports what the article's 支持 clauses name.</summary>
    public Hit? Sponsor { get; set; }

    /// <summary>The organisation the article is about when its title names one.</summary>
    public Hit? Subject { get; set; }

    /// <summary>The last organisation that acted as a clause subject, for follow-on clauses without one.</summary>
    public Hit? LastSubject { get; set; }

    /// <summary>Paragraph in which <see cref="LastSubject"/> was named; continuation rules stay inside it.</summary>
    public int LastSubjectParagraph { get; set; } = -1;

    /// <summary>Paragraph whose listed platforms are components of <see cref="ComponentWhole"/> (“四中心，分别是…”).</summary>
    public int ComponentParagraph { get; set; } = -1;

    public Hit? ComponentWhole { get; set; }

    /// <summary>Standalone region names of the current sentence.</summary>
    public List<RegionHit> Regions { get; set; } = [];

    public Region? City => Region is null ? null
        : Region.Level == RegionLevel.City ? Region
        : Region.Level == RegionLevel.County ? regions.Gazetteer.Ancestors(Region.Code).FirstOrDefault(r => r.Level == RegionLevel.City)
        : null;

    public Region? Province => Region is null ? null
        : Region.Level == RegionLevel.Province ? Region
        : regions.Gazetteer.Ancestors(Region.Code).LastOrDefault();

    /// <summary>Completes a relative prefix (市, 市级, 省, 省级, 自治区) with the article's region: 市科技局 → 资阳市科技局.</summary>
    public string? CompleteRelative(string name, out int prefixLength)
    {
        prefixLength = 0;
        foreach (var (prefix, level) in RelativePrefixes)
        {
            if (!name.StartsWith(prefix, StringComparison.Ordinal) || name.Length <= prefix.Length + 1 || name.AsSpan(prefix.Length).StartsWith("场"))
            {
                continue;
            }

            var target = level == RegionLevel.City ? City : Province;
            if (target is null || (prefix == "自治区" && !target.Name.EndsWith("自治区", StringComparison.Ordinal)))
            {
                return null;
            }

            prefixLength = prefix.Length;
            return target.Name + name[prefix.Length..];
        }

        return null;
    }

    private static readonly (string Prefix, RegionLevel Level)[] RelativePrefixes =
    [
        ("自治区", RegionLevel.Province), ("市级", RegionLevel.City), ("省级", RegionLevel.Province), ("市", RegionLevel.City), ("省", RegionLevel.Province),
    ];
}
