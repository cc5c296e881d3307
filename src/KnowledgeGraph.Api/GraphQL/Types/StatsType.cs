using GraphQL.Types;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class StatsType : ObjectGraphType<GraphStats>
{
    public StatsType()
    {
        Name = "Stats";
        Description = "Size of the graph.";
        Field<NonNullGraphType<IntGraphType>>("entities").Resolve(c => c.Source.Entities);
        Field<NonNullGraphType<IntGraphType>>("relations").Resolve(c => c.Source.Relations);
        Field<NonNullGraphType<IntGraphType>>("mentions").Resolve(c => c.Source.Mentions);
        Field<NonNullGraphType<IntGraphType>>("bulletins").Resolve(c => c.Source.Bulletins);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TypeCountType>>>>("entitiesByType")
            .Resolve(c => c.Source.EntitiesByKind.OrderBy(p => p.Key).Select(p => new TypeCount(p.Key, p.Value)).ToList());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RelationCountType>>>>("relationsByType")
            .Resolve(c => c.Source.RelationsByKind.OrderBy(p => p.Key).Select(p => new RelationCount(p.Key, p.Value)).ToList());
    }
}
