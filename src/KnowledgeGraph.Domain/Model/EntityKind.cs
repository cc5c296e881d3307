namespace KnowledgeGraph.Domain.Model;

/// <summary>The node labels of the graph. Names are stable: they appear in GraphQL, Cypher labels and stored rows.</summary>
public enum EntityKind
{
    Region,
    GovernmentAgency,
    Lab,
    InnovationPlatform,
    Park,
    Incubator,
    University,
    ResearchInstitute,
    Enterprise,
    IndustryChain,
    ChainSegment,
    Achievement,
    Project,
    Fund,
    FinancialProduct,
    Policy,
    Person,
}
