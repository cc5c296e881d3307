using KnowledgeGraph.Extraction.Reading;

namespace KnowledgeGraph.Extraction.Graph;

/// <summary>Where an occurrence was read, kept until the graph is built and the mention's final target is known.</summary>
internal readonly record struct MentionSpan(BulletinArticle Article, BulletinSentence Sentence, int Start, int End);
