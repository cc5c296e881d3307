using GraphQL.Types;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class AdminRegionType : ObjectGraphType<Region>
{
    public AdminRegionType()
    {
        Name = "AdminRegion";
        Description = "An administrative division from the gazetteer (GB/T 2260 adcode).";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Adcode, e.g. 150000 for 内蒙古自治区.").Resolve(c => c.Source.Code);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<StringGraphType>>("shortName").Resolve(c => c.Source.ShortName);
        Field<NonNullGraphType<RegionLevelEnum>>("level").Resolve(c => c.Source.Level);
        Field<AdminRegionType>("parent").Resolve(c => c.Source.ParentCode is { } code ? c.Gazetteer().Get(code) : null);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdminRegionType>>>>("children").Resolve(c => c.Gazetteer().Children(c.Source.Code));
        Field<NonNullGraphType<IdGraphType>>("entityId").Description("Id of the Region node in the graph.").Resolve(c => EntityIds.Region(c.Source.Code));
    }
}
