namespace KnowledgeGraph.Domain.Model;

/// <summary>A quantity the text states about a node: 102 家 成员单位 (2023), 26 项 关键技术攻关 …</summary>
public sealed record QuantFact(string EntityId, string Metric, decimal Value, string Unit, int? Year, Mention Mention)
{
    public string Key => $"{EntityId}#{Metric}#{Mention.BulletinId}#{Mention.Start}";
}
