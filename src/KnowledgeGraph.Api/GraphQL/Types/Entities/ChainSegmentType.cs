using System.Globalization;
using GraphQL.Types;
using KnowledgeGraph.Domain.Catalogue;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types.Entities;

internal sealed class ChainSegmentType : EntityObjectType
{
    public ChainSegmentType()
        : base(EntityKind.ChainSegment, "A segment of an industry chain (乳业/奶牛养殖 …).")
    {
        Field<ChainStageEnum>("stage")
            .Description("Upstream, midstream or downstream (catalogue segments).")
            .Resolve(c => c.Source.Properties.TryGetValue("stage", out var stage) && Enum.TryParse<ChainStage>(stage, out var parsed) ? parsed : null);
        Field<IntGraphType>("order")
            .Description("Position within its stage.")
            .Resolve(c => c.Source.Properties.TryGetValue("order", out var order) && int.TryParse(order, CultureInfo.InvariantCulture, out var parsed) ? parsed : null);
        Outgoing("chain", "The chain the segment belongs to.", RelationKind.PartOf);
        Outgoing("supplies", "Downstream segments this one supplies.", RelationKind.Supplies);
        Incoming("suppliedBy", "Upstream segments supplying this one.", RelationKind.Supplies);
        Incoming("placed", "Entities placed on the segment (serving, operating in, supported, funded).", RelationKind.Serves, RelationKind.OperatesIn, RelationKind.Supports, RelationKind.Funds);
    }
}
