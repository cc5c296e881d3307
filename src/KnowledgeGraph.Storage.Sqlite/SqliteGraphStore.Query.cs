using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Storage.Sqlite.Querying;
using KnowledgeGraph.Storage.Sqlite.Reading;

namespace KnowledgeGraph.Storage.Sqlite;

internal sealed partial class SqliteGraphStore
{
    public Task<Page<Entity>> QueryEntitiesAsync(EntityQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var first = Math.Clamp(query.First, 1, EntityQuery.MaxPageSize);
        var after = string.IsNullOrEmpty(query.After) ? null : EntityCursor.Decode(query.After, query.Sort, query.Descending);
        var sortKey = query.Sort switch
        {
            EntitySort.Name => "e.name",
            EntitySort.MentionCount => "e.mention_count",
            EntitySort.FirstSeen => "e.first_seen",
            _ => throw new ArgumentOutOfRangeException(nameof(query), query.Sort, "Unknown sort."),
        };
        var direction = query.Descending ? "DESC" : "ASC";

        return ReadAsync(
            async connection =>
            {
                using var command = connection.CreateCommand();
                var where = EntityFilters.Build(query, command);
                var filter = where.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", where);

#pragma warning disable CA2100 // fragments are constants; all values are bound parameters
                command.CommandText = EntityFilters.CountSql(where);
                var total = Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);

                if (after is not null)
                {
                    where.Add(query.Descending ? $"({sortKey}, e.id) < ($afterKey, $afterId)" : $"({sortKey}, e.id) > ($afterKey, $afterId)");
                    command.Parameters.AddWithValue("$afterKey", after.Key);
                    command.Parameters.AddWithValue("$afterId", after.Id);
                    filter = " WHERE " + string.Join(" AND ", where);
                }

                command.Parameters.AddWithValue("$limit", first + 1);
                command.CommandText = PageSql(filter, sortKey, direction);
#pragma warning restore CA2100

                var rows = await command.ReadListAsync(
                    r => (Entity: Rows.Entity(r), Cursor: new EntityCursor(
                        query.Sort,
                        query.Descending,
                        query.Sort == EntitySort.Name ? r.GetString(10) : null,
                        query.Sort == EntitySort.Name ? 0 : r.GetInt64(10),
                        r.GetString(0)).Encode()),
                    cancellationToken).ConfigureAwait(false);

                var page = rows.Take(first).ToList();
                return new Page<Entity>([.. page.Select(p => p.Entity)], total, rows.Count > first, page.Count == 0 ? null : page[^1].Cursor)
                {
                    Cursors = [.. page.Select(p => p.Cursor)],
                    HasPreviousPage = after is not null,
                };
            },
            cancellationToken);
    }

    /// <summary>
    /// One page in two steps: the page's rowids in order, then its rows. An index that holds the filter and the sort
    /// (kind, region and name for "enterprises in a province by name") finds and sorts the rowids without touching a
    /// row, so only the page's rows are read; selecting the columns in one step reads every match's row to sort it.
    /// </summary>
    internal static string PageSql(string filter, string sortKey, string direction) => $"""
        SELECT {Rows.EntityColumns}, {sortKey} AS sort_key
          FROM (SELECT e.rowid AS page_row FROM entities e{filter}
                 ORDER BY {sortKey} {direction}, e.id {direction}
                 LIMIT $limit) page
          JOIN entities e ON e.rowid = page.page_row
         ORDER BY {sortKey} {direction}, e.id {direction}
        """;
}
