using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Domain.Extraction;

/// <summary>Decoded bulletin text in, graph out. Behind an interface so a statistical extractor can replace the rule-based one.</summary>
public interface IBulletinExtractor
{
    /// <summary>Recorded on every mention so a fact can be traced to the extractor that produced it.</summary>
    string Version { get; }

    BulletinGraph Extract(string bulletinId, string text, CancellationToken cancellationToken = default);
}
