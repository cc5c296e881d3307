using GraphQL.Types;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class DirectionEnum : EnumerationGraphType<RelationDirection>
{
    public DirectionEnum()
    {
        Name = "Direction";
        Description = "Edge direction seen from the entity the field is asked on.";
    }
}
