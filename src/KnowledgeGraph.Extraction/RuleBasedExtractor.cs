using System.Runtime.CompilerServices;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Extraction.Graph;
using KnowledgeGraph.Extraction.Lexicon;
using KnowledgeGraph.Extraction.Reading;
using KnowledgeGraph.Extraction.Rules;

namespace KnowledgeGraph.Extraction;

/// <summary>
/// Rule-based knowledge extraction: suffix rules and gazetteer/catalogue dictionaries find entities sentence by
/// sentence, sentence patterns find relations, and names are resolved per bulletin so one thing is one node.
/// </summary>
public sealed partial class RuleBasedExtractor : IBulletinExtractor
{
    private readonly RegionIndex regions;
    private readonly ChainIndex chains;
    private readonly OrganisationRecogniser organisations;
    private readonly ProgrammeRecogniser programmes;

    public RuleBasedExtractor()
        : this(Gazetteer.Default, ChainCatalogue.Default)
    {
    }

    public RuleBasedExtractor(Gazetteer gazetteer, ChainCatalogue catalogue)
    {
        regions = ReferenceEquals(gazetteer, Gazetteer.Default) ? RegionIndex.Default : new RegionIndex(gazetteer);
        chains = ReferenceEquals(catalogue, ChainCatalogue.Default) ? ChainIndex.Default : new ChainIndex(catalogue);
        organisations = new OrganisationRecogniser(regions, Abbreviations.Default);
        programmes = new ProgrammeRecogniser(regions);
    }

    public string Version => "rules-1.0";

    // The per-bulletin and per-sentence paths are compiled optimised at once: tiering them up (tier 0, instrumented,
    // tier 1) costs about as much CPU as extracting the first few hundred bulletins, which is all a batch may read.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public BulletinGraph Extract(string bulletinId, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(bulletinId);
        ArgumentNullException.ThrowIfNull(text);
        var document = BulletinReader.Read(text, cancellationToken);
        var graph = new GraphBuilder(bulletinId, Version, text.Length);
        var lists = new SentenceLists();
        foreach (var article in document.Articles)
        {
            cancellationToken.ThrowIfCancellationRequested();
            graph.AddArticle(article);
            ExtractArticle(article, graph, lists);
        }

        return graph.Build(AliasResolver.Resolve(graph.Entities, regions));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ExtractArticle(BulletinArticle article, GraphBuilder graph, SentenceLists lists)
    {
        var context = new ArticleContext(article, ArticleRegion(article), regions);
        var (articleChains, chainsBySentence) = ArticleChains(article);
        var sentences = new SentenceScope(context, graph, lists.Known);
        var paragraph = -1;
        for (var index = 0; index < article.Sentences.Count; index++)
        {
            var sentence = article.Sentences[index];
            if (sentence.Paragraph != paragraph)
            {
                paragraph = sentence.Paragraph;
                context.LastSubject = sentence.IsTitle ? null : context.LastSubject;
            }

            var hits = Recognise(sentence.Text, context, lists);
            context.Regions = StandaloneRegions(sentence.Text, hits, context, lists.Regions);
            foreach (var hit in hits)
            {
                graph.AddEntity(hit, article, sentence);
            }

            foreach (var region in context.Regions)
            {
                graph.AddReference(regions.Key(region.Region), EntityKind.Region, region.Region.Name, region.Region.Code, article, sentence, region.Start, region.End);
            }

            var scope = sentences.MoveTo(sentence);
            if (!sentence.IsTitle)
            {
                StructureRelations.Apply(scope);
                ActionRelations.Apply(scope);
                QuantFacts.Apply(scope);
            }

            LocatedIn(scope);

            ChainRelations.Apply(scope, chains, articleChains, chainsBySentence[index], lists);
            UpdateContext(scope, sentence);
        }
    }

    // Chains the article keeps coming back to (named in two sentences or more) frame its short names. The chains of
    // each sentence are kept for the chain rules, which would otherwise look them up again; most sentences name none
    // and share one empty array.
    private (List<ChainDef> Article, IReadOnlyList<ChainDef>[] BySentence) ArticleChains(BulletinArticle article)
    {
        // Catalogue chains are distinct instances: hashing by reference avoids hashing every field of the record.
        var counts = new Dictionary<ChainDef, int>(ReferenceEqualityComparer.Instance);
        var bySentence = new IReadOnlyList<ChainDef>[article.Sentences.Count];
        var found = new List<ChainDef>();
        for (var i = 0; i < bySentence.Length; i++)
        {
            chains.Chains(article.Sentences[i].Text, found);
            bySentence[i] = found.Count == 0 ? [] : found.ToArray();
            foreach (var chain in found)
            {
                counts[chain] = counts.GetValueOrDefault(chain) + 1;
            }
        }

        return ([.. counts.Where(p => p.Value >= 2).OrderByDescending(p => p.Value).Select(p => p.Key)], bySentence);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private List<Hit> Recognise(string text, ArticleContext context, SentenceLists lists)
    {
        var policies = PolicyRecogniser.Find(text, lists.Policies);
        var orgs = organisations.Find(text, context, lists.Organisations, lists.Abbreviations);
        orgs.RemoveWhere(policies, static (o, policies) => Covers(policies, o));
        var named = programmes.Find(text, context, lists.Programmes);
        named.RemoveWhere((policies, orgs), static (p, found) => Covers(found.policies, p) || Hit.AnyOverlaps(found.orgs, p.Start, p.End));
        var persons = PersonRecogniser.Find(text, orgs, lists.Persons);
        var known = lists.Known;
        known.Clear();
        known.AddRange(orgs);
        known.AddRange(policies);
        known.AddRange(named);
        known.AddRange(persons);
        var achievements = AchievementRecogniser.Find(text, known, lists.Achievements);
        known.AddRange(achievements);
        known.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.End.CompareTo(a.End));
        NormaliseNationalDesignations(known);
        return known;
    }

    private static bool Covers(List<Hit> outer, Hit hit)
    {
        foreach (var o in outer)
        {
            if (o.Start <= hit.Start && o.End >= hit.End)
            {
                return true;
            }
        }

        return false;
    }

    // 鄂尔多斯市国家可持续发展议程创新示范区 → 鄂尔多斯国家…: a national designation takes the region's short form.
    private void NormaliseNationalDesignations(List<Hit> hits)
    {
        foreach (var hit in hits)
        {
            if (hit.Kind != EntityKind.Park || !hit.RegionFromName)
            {
                continue;
            }

            var prefix = regions.PrefixOf(hit.Name);
            if (prefix is { } p && hit.Name.AsSpan(p.Length).StartsWith("国家") && p.Region.ShortName != hit.Name[..p.Length])
            {
                hit.Alias ??= hit.Name;
                hit.Name = p.Region.ShortName + hit.Name[p.Length..];
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void UpdateContext(SentenceScope scope, BulletinSentence sentence)
    {
        var context = scope.Context;
        if (sentence.IsTitle)
        {
            context.Subject = scope.Hits.FirstOrDefault(h => h.IsOrganisation);
            if (context.Subject?.Kind == EntityKind.GovernmentAgency)
            {
                context.Actor = context.Subject;
            }

            return;
        }

        context.Actor ??= scope.Hits.FirstOrDefault(h => h.Kind == EntityKind.GovernmentAgency);
        context.Sponsor ??= scope.Hits.FirstOrDefault(h => h.Kind == EntityKind.Policy);

        // The organisation that opens a clause (截至目前，乳创中心已…) is what the following clauses talk about.
        if (scope.Hits.FirstWhere(scope, static (h, scope) => h.IsOrganisation && h.Kind != EntityKind.GovernmentAgency && h.Start == scope.ClauseStart(h.Start)) is { } subject)
        {
            context.LastSubject = subject;
            context.LastSubjectParagraph = sentence.Paragraph;
        }
    }
}
