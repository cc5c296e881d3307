using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Storage.Sqlite;

internal sealed class SqliteStoreOptionsValidator : IValidateOptions<SqliteStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, SqliteStoreOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.ConnectionString) && string.IsNullOrWhiteSpace(options.Path))
        {
            failures.Add($"{SqliteStoreOptions.SectionName}: set Path or ConnectionString.");
        }

        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            try
            {
                var builder = new SqliteConnectionStringBuilder(options.ConnectionString);
                if (string.IsNullOrWhiteSpace(builder.DataSource))
                {
                    failures.Add($"{SqliteStoreOptions.SectionName}:ConnectionString has no Data Source.");
                }

                // Every call opens its own pooled connection, and each would see a different private in-memory database.
                if (builder.Mode == SqliteOpenMode.Memory || string.Equals(builder.DataSource, ":memory:", StringComparison.Ordinal))
                {
                    failures.Add($"{SqliteStoreOptions.SectionName}:ConnectionString must name a database file; in-memory databases are not supported.");
                }
            }
            catch (ArgumentException ex)
            {
                failures.Add($"{SqliteStoreOptions.SectionName}:ConnectionString is invalid: {ex.Message}");
            }
        }

        if (options.BusyTimeout <= TimeSpan.Zero || options.BusyTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add($"{SqliteStoreOptions.SectionName}:BusyTimeout must be between 0 and 10 minutes.");
        }

        if (options.WriteCacheMegabytes is < 1 or > 4096)
        {
            failures.Add($"{SqliteStoreOptions.SectionName}:WriteCacheMegabytes must be between 1 and 4096.");
        }

        if (options.RecentMentionRows < 1)
        {
            failures.Add($"{SqliteStoreOptions.SectionName}:RecentMentionRows must be at least 1.");
        }

        if (options.CacheMegabytes is < 1 or > 4096)
        {
            failures.Add($"{SqliteStoreOptions.SectionName}:CacheMegabytes must be between 1 and 4096.");
        }

        if (options.ReadConcurrency is < 0 or > 256)
        {
            failures.Add($"{SqliteStoreOptions.SectionName}:ReadConcurrency must be between 0 (one per core) and 256.");
        }

        if (options.MmapMegabytes is < 0 or > 65536)
        {
            failures.Add($"{SqliteStoreOptions.SectionName}:MmapMegabytes must be between 0 and 65536.");
        }

        // SQLite ignores any other value silently and keeps its default.
        if (options.PageSize is < 512 or > 65536 || (options.PageSize & (options.PageSize - 1)) != 0)
        {
            failures.Add($"{SqliteStoreOptions.SectionName}:PageSize must be a power of two between 512 and 65536.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
