using GraphQL.Types;
using KnowledgeGraph.Domain.Catalogue;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed record CatalogueSegment(string Chain, ChainSegmentDef Segment);

internal sealed class CatalogueSegmentType : ObjectGraphType<CatalogueSegment>
{
    public CatalogueSegmentType()
    {
        Name = "CatalogueSegment";
        Description = "A chain segment as the catalogue defines it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Id of the ChainSegment node.").Resolve(c => c.Source.Segment.Id(c.Source.Chain));
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Segment.Name);
        Field<NonNullGraphType<ChainStageEnum>>("stage").Resolve(c => c.Source.Segment.Stage);
        Field<NonNullGraphType<IntGraphType>>("order").Resolve(c => c.Source.Segment.Order);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keywords").Resolve(c => c.Source.Segment.Keywords);
    }
}
