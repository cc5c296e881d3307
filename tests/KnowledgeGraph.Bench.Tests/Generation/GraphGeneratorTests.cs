using KnowledgeGraph.Bench.Generation;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Bench.Tests.Generation;

public sealed class GraphGeneratorTests
{
    [Fact]
    public void Batches_At1k_GiveAboutFiveRelationsPerEntityEachWithAMention()
    {
        var batches = new GraphGenerator(new ScaleSpec(1_000) { BatchSize = 250 }, ChainCatalogue.Default, Gazetteer.Default).Batches().ToList();

        var entities = batches.SelectMany(b => b.Graph.Entities).ToList();
        var relations = batches.SelectMany(b => b.Graph.Relations).ToList();
        var mentioned = batches.SelectMany(b => b.Graph.Mentions).Select(m => m.TargetId).ToHashSet(StringComparer.Ordinal);
        Assert.Equal(4, batches.Count);
        Assert.Equal(1_000, entities.Select(e => e.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.InRange(relations.Count / (double)entities.Count, 4.5, 5.5);
        Assert.All(entities, e => Assert.Contains(e.Id, mentioned));
        Assert.All(relations, r => Assert.Contains(r.Id, mentioned));
    }

    [Fact]
    public void Batches_EdgeEnds_AreEarlierEntitiesOrReferenceNodes()
    {
        var generator = new GraphGenerator(new ScaleSpec(2_000), ChainCatalogue.Default, Gazetteer.Default);
        var known = generator.Reference().Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);

        foreach (var (_, graph) in generator.Batches())
        {
            known.UnionWith(graph.Entities.Select(e => e.Id));
            Assert.All(graph.Relations, r => Assert.Contains(r.ToId, known));
        }
    }

    [Fact]
    public void Batches_FocusChain_KeepsTheSameSizeWhileTheGraphGrows()
    {
        static int OnFocus(int entities)
        {
            var generator = new GraphGenerator(new ScaleSpec(entities), ChainCatalogue.Default, Gazetteer.Default);
            var prefix = EntityIds.Segment(generator.FocusChain, string.Empty);
            return generator.Batches().SelectMany(b => b.Graph.Relations)
                .Count(r => r.ToId.StartsWith(prefix, StringComparison.Ordinal) || r.ToId == EntityIds.Chain(generator.FocusChain));
        }

        // The same 500 from the smallest scale (1k) up, so chain-map figures compare across every scale.
        Assert.Equal(OnFocus(1_000), OnFocus(8_000));
        Assert.Equal(500, OnFocus(4_000));
    }

    [Fact]
    public void Batch_SameIndexTwice_IsIdentical()
    {
        var spec = new ScaleSpec(3_000);
        var a = new GraphGenerator(spec, ChainCatalogue.Default, Gazetteer.Default).Batch(2);
        var b = new GraphGenerator(spec, ChainCatalogue.Default, Gazetteer.Default).Batch(2);

        Assert.Equal(a.Bulletin.Id, b.Bulletin.Id);
        Assert.Equal(a.Graph.Entities.Select(e => e.Id), b.Graph.Entities.Select(e => e.Id));
        Assert.Equal(a.Graph.Relations.Select(r => r.Id), b.Graph.Relations.Select(r => r.Id));
    }
}
