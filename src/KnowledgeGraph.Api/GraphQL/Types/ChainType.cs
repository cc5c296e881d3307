using GraphQL.Types;
using KnowledgeGraph.Domain.Catalogue;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class ChainType : ObjectGraphType<ChainDef>
{
    public ChainType()
    {
        Name = "Chain";
        Description = "An industry chain from the reviewed catalogue.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Id of the IndustryChain node.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Resolve(c => c.Source.Aliases);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("keywords").Resolve(c => c.Source.Keywords);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CatalogueSegmentType>>>>("segments")
            .Description("Upstream → downstream.")
            .Resolve(c => c.Source.Ordered.Select(s => new CatalogueSegment(c.Source.Name, s)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SegmentLinkType>>>>("supplies")
            .Description("Which segment supplies which.")
            .Resolve(c => c.Source.Supplies.Where(p => p.Count == 2).Select(p => new SegmentLink(p[0], p[1])).ToList());
    }
}
