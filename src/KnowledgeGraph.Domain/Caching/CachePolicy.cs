namespace KnowledgeGraph.Domain.Caching;

/// <summary>Whether a read may answer from <see cref="GraphAnswerCache"/>; a client's <c>Cache-Control: no-cache</c> maps to Bypass.</summary>
public enum CachePolicy
{
    Use,
    Bypass,
}
