namespace KnowledgeGraph.Bench;

/// <summary>A store the scale runs fill and the service reads: embedded SQLite, or Neo4j when configured.</summary>
internal sealed record StoreTarget(
    string Name,
    Func<string, Part<StoreHandle>> Create,
    Func<string, IReadOnlyDictionary<string, string>> ServiceSettings,
    bool IsFile)
{
    public static StoreTarget Sqlite(string emptyInbox) => new(
        "sqlite",
        Parts.SqliteStore,
        path => Parts.ServiceSettings(path, emptyInbox),
        IsFile: true);

    public static StoreTarget Neo4j(string emptyInbox) => new(
        "neo4j",
        _ => Parts.Neo4jStore(),
        _ => Parts.Neo4jServiceSettings(emptyInbox),
        IsFile: false);
}
