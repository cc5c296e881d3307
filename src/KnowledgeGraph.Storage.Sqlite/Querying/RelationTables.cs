namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>
/// Edges live in two tables: <c>relations</c>, and <c>relations_recent</c> where new ones wait to join it (see the
/// schema). Every read of edges reads both; a key is in one of them, never both, so the halves need no deduplication.
/// </summary>
internal static class RelationTables
{
    /// <summary>The placeholder a template writes where the table's name goes.</summary>
    public const string Placeholder = "{relations}";

    private static readonly string[] Names = ["relations", "relations_recent"];

    /// <summary>The template once per table, joined by UNION ALL: each half keeps its own index seeks.</summary>
    public static string EachUnionAll(string template) =>
        string.Join("\nUNION ALL\n", Names.Select(name => template.Replace(Placeholder, name, StringComparison.Ordinal)));
}
