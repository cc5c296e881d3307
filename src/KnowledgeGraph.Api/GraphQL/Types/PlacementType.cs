using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Types.Entities;
using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class PlacementType : ObjectGraphType<Placement>
{
    public PlacementType()
    {
        Name = "Placement";
        Description = "An entity placed on a chain segment, and the edge that places it there.";
        Field<NonNullGraphType<IdGraphType>>("entityId").Resolve(c => c.Source.EntityId);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<EntityTypeEnum>>("type").Resolve(c => c.Source.Kind);
        Field<AdminRegionType>("region").Resolve(c => c.Source.RegionCode is { } code ? c.Gazetteer().Get(code) : null);
        Field<StringGraphType>("regionCode").Description("Adcode of the entity's most specific region.").Resolve(c => c.Source.RegionCode);
        Field<NonNullGraphType<IdGraphType>>("segmentId").Resolve(c => c.Source.SegmentId);
        Field<NonNullGraphType<RelationTypeEnum>>("via").Description("The edge type that places the entity (SERVES, OPERATES_IN …).").Resolve(c => c.Source.Via);
        Field<NonNullGraphType<IdGraphType>>("relationId").Resolve(c => c.Source.RelationId);
        Field<StringGraphType>("role").Description("链主 / 龙头 where the text says so.").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<BooleanGraphType>>("leading").Description("True when the role marks a 链主/龙头 enterprise.").Resolve(c => c.Source.IsLeading());
        Field<EntityInterface>("entity").Resolve(c => c.Loaders().Entities.Load(c.Source.EntityId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentionType>>>>("mentions")
            .Description("The sentences behind the placing edge.")
            .Resolve(c => c.Loaders().Mentions.Load(c.Source.RelationId));
    }
}
