using GraphQL.Types;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.GraphQL.Types;

internal sealed record EntityOrder(EntitySort Sort, bool Descending);

internal sealed class EntityOrderEnum : EnumerationGraphType
{
    public EntityOrderEnum()
    {
        Name = "EntityOrder";
        Description = "Sort order of entity lists.";
        Add("NAME", new EntityOrder(EntitySort.Name, false), "By name, ascending (the default).");
        Add("NAME_DESC", new EntityOrder(EntitySort.Name, true), "By name, descending.");
        Add("MENTIONS_DESC", new EntityOrder(EntitySort.MentionCount, true), "Most mentioned first.");
        Add("MENTIONS", new EntityOrder(EntitySort.MentionCount, false), "Least mentioned first.");
        Add("FIRST_SEEN", new EntityOrder(EntitySort.FirstSeen, false), "Oldest first.");
        Add("FIRST_SEEN_DESC", new EntityOrder(EntitySort.FirstSeen, true), "Newest first.");
    }
}
