using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Types.Entities;
using KnowledgeGraph.Domain.Model;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class RelationGraphType : ObjectGraphType<Relation>
{
    public RelationGraphType()
    {
        Name = "Relation";
        Description = "A directed, typed edge with the sentences behind it.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("{from}|{TYPE}|{to}").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<RelationTypeEnum>>("type").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("fromId").Resolve(c => c.Source.FromId);
        Field<NonNullGraphType<IdGraphType>>("toId").Resolve(c => c.Source.ToId);
        Field<EntityInterface>("from").Resolve(c => c.Loaders().Entities.Load(c.Source.FromId));
        Field<EntityInterface>("to").Resolve(c => c.Loaders().Entities.Load(c.Source.ToId));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PropertyType>>>>("properties")
            .Description("Edge attributes, e.g. role = 链主.")
            .Resolve(c => c.Source.Properties.OrderBy(p => p.Key, StringComparer.Ordinal).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MentionType>>>>("mentions").Resolve(c => c.Loaders().Mentions.Load(c.Source.Id));
    }
}
