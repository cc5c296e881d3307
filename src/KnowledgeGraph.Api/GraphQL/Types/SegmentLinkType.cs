using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed record SegmentLink(string From, string To);

internal sealed class SegmentLinkType : ObjectGraphType<SegmentLink>
{
    public SegmentLinkType()
    {
        Name = "SegmentLink";
        Description = "Segment `from` supplies segment `to`.";
        Field<NonNullGraphType<StringGraphType>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<StringGraphType>>("to").Resolve(c => c.Source.To);
    }
}
