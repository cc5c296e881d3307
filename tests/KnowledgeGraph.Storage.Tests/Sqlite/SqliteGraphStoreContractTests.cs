using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Tests.Contract;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

/// <summary>The store contract on a real SQLite file per test, in a temp directory removed afterwards.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContract, IDisposable
{
    private readonly TempDatabase database = new();

    public void Dispose() => database.Dispose();

    protected override async Task<IGraphStore> CreateStoreAsync()
    {
        var store = database.CreateStore();
        await store.InitializeAsync();
        return store;
    }
}
