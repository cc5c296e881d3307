using GraphQL.Types;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

/// <summary>Values are the stored relation codes (LOCATED_IN, PART_OF …), the same names Cypher uses.</summary>
internal sealed class RelationTypeEnum : EnumerationGraphType
{
    public RelationTypeEnum()
    {
        Name = "RelationType";
        Description = "Edge type, as stored (LOCATED_IN, PART_OF, SERVES …).";
        foreach (var kind in Enum.GetValues<RelationKind>())
        {
            Add(kind.Code(), kind);
        }
    }
}
