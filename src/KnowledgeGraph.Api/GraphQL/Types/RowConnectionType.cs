using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Bi;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>A page of flat rows: nodes, totalCount and pageInfo; pass pageInfo.endCursor as `after`.</summary>
internal abstract class RowConnectionType<TRow, TRowType> : ObjectGraphType<Page<TRow>>
    where TRowType : IGraphType
{
    protected RowConnectionType(string name)
    {
        Name = name;
        Description = "A page of flat rows. Pass pageInfo.endCursor as `after` for the next page.";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Description("Rows over all pages.").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TRowType>>>>("nodes").Resolve(c => c.Source.Items);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => PageInfo.Of(c.Source));
    }
}

internal sealed class PlacementRowConnectionType() : RowConnectionType<PlacementRow, PlacementRowType>("PlacementRowConnection");

internal sealed class RelationRowConnectionType() : RowConnectionType<RelationRow, RelationRowType>("RelationRowConnection");
