using GraphQL.Types;
using KnowledgeGraph.Domain.ChainMap;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.GraphQL.ChainMap;

/// <summary>An entity placed on a segment (or the chain) by one relation; the relation id leads to the mentions.</summary>
internal sealed class PlacementType : ObjectGraphType<Placement>
{
    public PlacementType()
    {
        Name = "Placement";
        Description = "An entity placed on a chain segment (or on the chain as a whole) by one relation.";
        Field<NonNullGraphType<IdGraphType>>("segmentId").Description("ChainSegment id, or the IndustryChain id for chain-level placements.").Resolve(c => c.Source.SegmentId);
        Field<NonNullGraphType<IdGraphType>>("entityId").Resolve(c => c.Source.EntityId);
        Field<NonNullGraphType<EnumerationGraphType<EntityKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<StringGraphType>("regionCode").Resolve(c => c.Source.RegionCode);
        Field<StringGraphType>("role").Description("链主 / 龙头 where the text says so.").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<BooleanGraphType>>("leading").Description("True for a 链主/龙头 enterprise.").Resolve(c => c.Source.IsLeading());
        Field<NonNullGraphType<StringGraphType>>("via").Description("Relation type code: SERVES, OPERATES_IN …").Resolve(c => c.Source.Via.Code());
        Field<NonNullGraphType<IdGraphType>>("relationId").Resolve(c => c.Source.RelationId);
    }
}

internal sealed class SupplyEdgeType : ObjectGraphType<SupplyEdge>
{
    public SupplyEdgeType()
    {
        Name = "SupplyEdge";
        Description = "Catalogue SUPPLIES edge: the upstream segment supplies the downstream one.";
        Field<NonNullGraphType<IdGraphType>>("fromSegmentId").Resolve(c => c.Source.FromSegmentId);
        Field<NonNullGraphType<IdGraphType>>("toSegmentId").Resolve(c => c.Source.ToSegmentId);
        Field<NonNullGraphType<IdGraphType>>("relationId").Resolve(c => c.Source.RelationId);
    }
}

internal sealed record KindCount(EntityKind Kind, int Count)
{
    public static IEnumerable<KindCount> Of(IReadOnlyDictionary<EntityKind, int> counts) =>
        counts.OrderBy(p => p.Key).Select(p => new KindCount(p.Key, p.Value));
}

internal sealed class KindCountType : ObjectGraphType<KindCount>
{
    public KindCountType()
    {
        Name = "KindCount";
        Field<NonNullGraphType<EnumerationGraphType<EntityKind>>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(c => c.Source.Count);
    }
}
