using GraphQL.Types;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed class PropertyType : ObjectGraphType<KeyValuePair<string, string>>
{
    public PropertyType()
    {
        Name = "Property";
        Description = "A free-form attribute (achievement category, person title, edge role …).";
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Key);
        Field<NonNullGraphType<StringGraphType>>("value").Resolve(c => c.Source.Value);
    }
}
