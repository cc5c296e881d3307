using GraphQL.Types;
using KnowledgeGraph.Domain.ChainMap;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class SupplyEdgeType : ObjectGraphType<SupplyEdge>
{
    public SupplyEdgeType()
    {
        Name = "SupplyEdge";
        Description = "Catalogue SUPPLIES edge between two segments of a chain map: the upstream one supplies the downstream one.";
        Field<NonNullGraphType<IdGraphType>>("fromSegmentId").Resolve(c => c.Source.FromSegmentId);
        Field<NonNullGraphType<IdGraphType>>("toSegmentId").Resolve(c => c.Source.ToSegmentId);
        Field<NonNullGraphType<IdGraphType>>("relationId").Resolve(c => c.Source.RelationId);
    }
}
