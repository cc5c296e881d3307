using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Bi;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class PlacementRowType : ObjectGraphType<PlacementRow>
{
    public PlacementRowType()
    {
        Name = "PlacementRow";
        Description = "One entity placed on a chain segment, flat (scalars only) for BI tools.";
        Field<NonNullGraphType<StringGraphType>>("chain").Resolve(c => c.Source.Chain);
        Field<NonNullGraphType<StringGraphType>>("segment").Description("Segment name, or the chain name for chain-level placements.").Resolve(c => c.Source.Segment);
        Field<NonNullGraphType<IdGraphType>>("segmentId").Resolve(c => c.Source.SegmentId);
        Field<ChainStageEnum>("stage").Description("Null for chain-level placements.").Resolve(c => c.Source.Stage);
        Field<NonNullGraphType<IdGraphType>>("entityId").Resolve(c => c.Source.EntityId);
        Field<NonNullGraphType<StringGraphType>>("entityName").Resolve(c => c.Source.EntityName);
        Field<NonNullGraphType<EntityTypeEnum>>("entityType").Resolve(c => c.Source.EntityType);
        Field<StringGraphType>("regionCode").Resolve(c => c.Source.RegionCode);
        Field<StringGraphType>("regionName").Resolve(c => c.Source.RegionName);
        Field<NonNullGraphType<RelationTypeEnum>>("via").Description("The edge that places the entity (SERVES, OPERATES_IN …).").Resolve(c => c.Source.Via);
        Field<StringGraphType>("role").Description("链主 / 龙头 where the text says so.").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<IdGraphType>>("relationId").Description("Pass to `mentions` for the source sentences.").Resolve(c => c.Source.RelationId);
    }
}
