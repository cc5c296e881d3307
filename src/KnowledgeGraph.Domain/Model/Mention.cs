namespace KnowledgeGraph.Domain.Model;

/// <summary>
/// Where a node or edge was read: bulletin, article, sentence, and character offsets into the decoded
/// bulletin text (UTF-16 code units, as .NET strings index). Identity: target + bulletin + span.
/// </summary>
public sealed record Mention(
    string TargetId,
    string BulletinId,
    int ArticleIndex,
    string ArticleTitle,
    int SentenceIndex,
    string Sentence,
    int SentenceStart,
    int Start,
    int End,
    string ExtractorVersion)
{
    public string Key => $"{TargetId}#{BulletinId}#{Start}-{End}";
}
