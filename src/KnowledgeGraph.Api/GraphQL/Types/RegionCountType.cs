using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Bi;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class RegionCountType : ObjectGraphType<RegionCount>
{
    public RegionCountType()
    {
        Name = "RegionCount";
        Description = "Entities in one region (sub-regions rolled up); region is null for entities without a region.";
        Field<AdminRegionType>("region").Resolve(c => c.Source.Region);
        Field<StringGraphType>("regionCode").Description("Adcode, also when the gazetteer lacks the region.").Resolve(c => c.Source.RegionCode);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}
