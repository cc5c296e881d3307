using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types.Entities;

internal sealed class PersonType : EntityObjectType
{
    public PersonType()
        : base(EntityKind.Person, "A person: academician, professor, researcher, expert.")
    {
        Outgoing("affiliations", "Universities, institutes and enterprises the person works for.", RelationKind.AffiliatedWith);
        Outgoing("leads", "Centres, platforms, labs and projects the person leads.", RelationKind.Leads);
    }
}
