using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Extraction.Rules;

namespace KnowledgeGraph.Extraction;

/// <summary>Where things are: the article's region, regions named on their own, and the LOCATED_IN edge of each hit.</summary>
public sealed partial class RuleBasedExtractor
{
    private List<RegionHit> StandaloneRegions(string text, List<Hit> hits, ArticleContext context, List<RegionHit> into)
    {
        var found = regions.FindAll(text, context.Region?.Code, into);
        found.RemoveWhere(hits, static (r, hits) => InsideHit(hits, r));
        return found;
    }

    private static bool InsideHit(List<Hit> hits, RegionHit region)
    {
        foreach (var h in hits)
        {
            if (h.Start <= region.Start && h.End >= region.End)
            {
                return true;
            }
        }

        return false;
    }

    private Region? ArticleRegion(BulletinArticle article)
    {
        var title = article.Sentences.FirstOrDefault(s => s.IsTitle);
        if (title is not null && regions.FindAll(title.Text) is { Count: > 0 } inTitle)
        {
            return MostSpecific(inTitle);
        }

        foreach (var sentence in article.Sentences)
        {
            if (regions.FindAll(sentence.Text) is { Count: > 0 } found)
            {
                return MostSpecific(found);
            }
        }

        return null;
    }

    // 湖北武汉 → 武汉市; 安徽省六安市 → 六安市: the deepest region that sits inside the first one.
    private Region MostSpecific(List<RegionHit> hits)
    {
        var best = hits[0].Region;
        for (var i = 1; i < hits.Count; i++)
        {
            if (hits[i].Region.Level > best.Level && regions.IsInside(hits[i].Region, best))
            {
                best = hits[i].Region;
            }
        }

        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void LocatedIn(SentenceScope scope)
    {
        foreach (var hit in scope.Hits)
        {
            var region = hit.IsComponent ? null : RegionOf(hit, scope);
            if (region is null)
            {
                continue;
            }

            scope.Graph.SetRegion(scope.Key(hit), region.Code, hit.RegionFromName);
            var key = scope.Graph.AddReference(regions.Key(region), EntityKind.Region, region.Name, region.Code, scope.Context.Article, scope.Sentence, hit.Start, hit.End);
            scope.Relate(hit, RelationKind.LocatedIn, key);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Region? RegionOf(Hit hit, SentenceScope scope)
    {
        if (hit.Kind is EntityKind.Person or EntityKind.Achievement or EntityKind.Region or EntityKind.IndustryChain or EntityKind.ChainSegment)
        {
            return null;
        }

        if (hit.RegionFromName && hit.RegionCode is { } code && regions.Gazetteer.Get(code) is { } named)
        {
            // 安徽省科技成果转化中试基地 in the 铜陵 article: the article's city is more specific than the name's province.
            var article = scope.Context.Region;
            return hit.IsOrganisation && hit.Kind is not (EntityKind.University or EntityKind.GovernmentAgency) && article is not null && article.Level > named.Level && regions.IsInside(article, named)
                ? article
                : named;
        }

        if (hit.Kind == EntityKind.Policy && regions.PrefixOf(hit.Name, scope.Context.Region?.Code) is { } policyRegion)
        {
            return policyRegion.Region;
        }

        if (hit.Kind is EntityKind.Project or EntityKind.Fund or EntityKind.FinancialProduct && regions.PrefixOf(hit.Name) is { } owner)
        {
            return owner.Region;
        }

        // 在南京揭牌 / 成为铜陵市第3家…: the sentence places the entity.
        foreach (var region in scope.Context.Regions)
        {
            if (region.Start >= hit.End && region.Start - hit.End <= 12 && region.Start >= 1
                && (scope.Text[region.Start - 1] == '在' || scope.Text.AsSpan(0, region.Start).EndsWith("落户") || scope.Text.AsSpan(0, region.Start).EndsWith("成为")))
            {
                return region.Region;
            }
        }

        var national = hit.Name.StartsWith("国家", StringComparison.Ordinal) || hit.Name.StartsWith("中国", StringComparison.Ordinal);
        var local = hit.Kind switch
        {
            EntityKind.University => false,
            EntityKind.Enterprise => !ListedWithUniversities(hit, scope),
            EntityKind.ResearchInstitute or EntityKind.GovernmentAgency => !national,
            _ => true,
        };
        return local ? scope.Context.Region : null;
    }

    // 组织矿冶科技集团、吉林大学、武汉理工大学…: a firm listed with outside universities is an outside partner too.
    private static bool ListedWithUniversities(Hit hit, SentenceScope scope) =>
        scope.Hits.AnyWhere(hit, static (h, hit) => h.Kind == EntityKind.University && h.RegionCode is null
            && Math.Abs(h.Start - hit.End) <= 1 | Math.Abs(hit.Start - h.End) <= 1);
}
