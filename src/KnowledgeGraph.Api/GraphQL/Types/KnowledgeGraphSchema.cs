using GraphQL;
using GraphQL.Types;
using KnowledgeGraph.Api.GraphQL.Types.Entities;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class KnowledgeGraphSchema : Schema
{
    public KnowledgeGraphSchema(IServiceProvider services, QueryType query, MutationType mutation)
        : base(services)
    {
        Description = "Industry-chain knowledge graph read from 《科技情报参考》 bulletins; every fact carries its mentions.";
        Query = query;
        Mutation = mutation;

        // The concrete entity types are only reachable through the Entity interface, so they are registered explicitly.
        RegisterTypes([.. typeof(EntityObjectType).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(EntityObjectType)) && !t.IsAbstract)
            .OrderBy(t => t.Name, StringComparer.Ordinal)]);

        // BI tools and GraphiQL load the schema with the standard introspection query, whose nested type references
        // score over a million with the default list multiplier; it is bounded by the depth limit and the document
        // guard anyway, so it counts at 5% and stays well inside MaxComplexity.
        this.WithIntrospectionComplexityImpact(0.05);
    }
}
