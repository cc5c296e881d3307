using GraphQL.Types;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class RegionLevelEnum : EnumerationGraphType<RegionLevel>
{
    public RegionLevelEnum()
    {
        Name = "RegionLevel";
    }
}
