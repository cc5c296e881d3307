namespace KnowledgeGraph.Storage.Sqlite.Schema;

/// <summary>What the search index holds for a node <c>e</c>: its name and then its aliases, one per line.</summary>
internal static class SearchText
{
    public const string Of = """
        e.name || coalesce(char(10) || (SELECT group_concat(a.alias, char(10)) FROM aliases a WHERE a.entity_id = e.id), '')
        """;
}
