using GraphQL.Types;
using KnowledgeGraph.Domain.Catalogue;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class ChainStageEnum : EnumerationGraphType<ChainStage>
{
    public ChainStageEnum()
    {
        Name = "ChainStage";
        Description = "Upstream → midstream → downstream.";
    }
}
