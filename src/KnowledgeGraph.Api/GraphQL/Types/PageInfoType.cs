using GraphQL.Types;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class PageInfoType : ObjectGraphType<Page<Entity>>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Resolve(c => c.Source.Cursors.Count > 0 ? c.Source.Cursors[0] : null);
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.EndCursor);
    }
}
