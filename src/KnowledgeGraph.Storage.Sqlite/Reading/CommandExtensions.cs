using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage.Sqlite.Reading;

internal static class CommandExtensions
{
    public static async Task<IReadOnlyList<T>> ReadListAsync<T>(this SqliteCommand command, Func<SqliteDataReader, T> map, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            list.Add(map(reader));
        }

        return list;
    }
}
