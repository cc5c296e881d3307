using GraphQL.Types;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class BulletinStatusEnum : EnumerationGraphType<BulletinStatus>
{
    public BulletinStatusEnum()
    {
        Name = "BulletinStatus";
    }
}
