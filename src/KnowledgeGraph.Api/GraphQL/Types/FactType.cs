using GraphQL.Types;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class FactType : ObjectGraphType<QuantFact>
{
    public FactType()
    {
        Name = "Fact";
        Description = "A quantity the text states about an entity: 102 家 成员单位, 239 个 研发项目 ….";
        Field<NonNullGraphType<StringGraphType>>("metric").Resolve(c => c.Source.Metric);
        Field<NonNullGraphType<DecimalGraphType>>("value").Resolve(c => c.Source.Value);
        Field<NonNullGraphType<StringGraphType>>("unit").Resolve(c => c.Source.Unit);
        Field<IntGraphType>("year").Resolve(c => c.Source.Year);
        Field<NonNullGraphType<MentionType>>("mention").Resolve(c => c.Source.Mention);
    }
}
