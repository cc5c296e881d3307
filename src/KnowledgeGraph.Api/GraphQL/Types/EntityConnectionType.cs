using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Types.Entities;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class EntityConnectionType : ObjectGraphType<Page<Entity>>
{
    public EntityConnectionType()
    {
        Name = "EntityConnection";
        Description = "A page of entities (Relay connection). Pass pageInfo.endCursor as `after` for the next page.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Matches over all pages.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityEdgeType>>>>("edges")
            .Resolve(c => c.Source.Items.Select((e, i) => new EntityEdge(i < c.Source.Cursors.Count ? c.Source.Cursors[i] : string.Empty, e)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EntityInterface>>>>("nodes").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => PageInfo.Of(c.Source));
    }
}
