namespace KnowledgeGraph.Domain.Model;

/// <summary>One article of a bulletin issue: title plus body, as offsets into the decoded bulletin text.</summary>
public sealed record Article(string BulletinId, int Index, string Title, int Start, int End, int SentenceCount);
