using System.Runtime.CompilerServices;
using KnowledgeGraph.Storage.Sqlite;

namespace KnowledgeGraph.Storage.Tests.Sqlite;

internal static class SqliteOpensFirst
{
    /// <summary>
    /// In the service the store is the first to open SQLite. Here a test may open a connection of its own first, and
    /// SQLite would then refuse the store's process-wide settings and the whole run would test without them.
    /// </summary>
#pragma warning disable CA2255 // a test assembly: ordering its process's SQLite setup is what this is for
    [ModuleInitializer]
    internal static void ApplyStoreSettings() => _ = SqliteProcessSettings.Applied;
#pragma warning restore CA2255
}
