using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Regions;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Extraction;
using KnowledgeGraph.Storage.Neo4j;
using KnowledgeGraph.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;

namespace KnowledgeGraph.Bench;

/// <summary>A part of the product the bench drives, or the reason it cannot (not merged yet, not configured).</summary>
internal sealed record Part<T>(T? Value, string? Missing)
    where T : class
{
    public static Part<T> Of(T value) => new(value, null);

    public static Part<T> Absent(string reason) => new(null, reason);
}

/// <summary>
/// The service's own ingestion pipeline as its inbox worker drives it: files in groups of the configured size, each
/// group read and extracted on every core while the previous group commits, then committed in one store transaction.
/// Nothing is served beside it, so the groups are of the worker's idle size.
/// </summary>
internal sealed class IngestGroups(BulletinIngestionPipeline pipeline)
{
    public int GroupSize => Ingestion.ScaleLoad.GroupSize;

    /// <summary>Ingests the files; returns how many did not end Ingested.</summary>
    public async Task<int> IngestAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken)
    {
        var notIngested = 0;
        await pipeline.IngestGroupsAsync(
            [.. paths.Chunk(GroupSize)],
            async (group, ct) =>
            {
                var files = new List<BulletinFile>(group.Length);
                foreach (var path in group)
                {
                    files.Add(new BulletinFile(Path.GetFileName(path), await File.ReadAllBytesAsync(path, ct).ConfigureAwait(false)));
                }

                return files;
            },
            (_, outcomes) => notIngested += outcomes.Count(o => o.Bulletin?.Status != BulletinStatus.Ingested),
            cancellationToken).ConfigureAwait(false);
        return notIngested;
    }
}

/// <summary>
/// The one place that knows the concrete types and settings of the other projects (stores, extractor, pipeline,
/// host configuration), so the rest of the bench stays on the Domain ports.
/// </summary>
internal static class Parts
{
    /// <summary>Where the host serves GraphQL over HTTP.</summary>
    public const string GraphQlPath = "/graphql";

    /// <summary>The store's settings as the bench's stores get them (defaults, or Graph__Sqlite__* from the environment; see <see cref="StoreHandle"/>).</summary>
    public static SqliteStoreOptions SqliteOptions { get; } =
        StoreHandle.Configuration(new Dictionary<string, string?>()).GetSection(SqliteStoreOptions.SectionName).Get<SqliteStoreOptions>()
        ?? new SqliteStoreOptions();

    public static Part<StoreHandle> SqliteStore(string path) => Part<StoreHandle>.Of(StoreHandle.Build(
        new Dictionary<string, string?> { [$"{SqliteStoreOptions.SectionName}:Path"] = path },
        services => services.AddSqliteGraphStore()));

    public static Part<StoreHandle> Neo4jStore() =>
        Neo4jSettings() is { } settings
            ? Part<StoreHandle>.Of(StoreHandle.Build(settings!, services => services.AddNeo4jGraphStore()))
            : Part<StoreHandle>.Absent("NEO4J_URI is not set (set NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD to run the Neo4j figures)");

    public static Part<IBulletinExtractor> Extractor() => Part<IBulletinExtractor>.Of(new RuleBasedExtractor());

    public static IngestGroups Pipeline(IGraphStore store, IBulletinExtractor extractor) =>
        new(new BulletinIngestionPipeline(
            store, extractor, new BulletinDecoder(), new RegionDenormaliser(Gazetteer.Default), TimeProvider.System, NullLogger<BulletinIngestionPipeline>.Instance));

    /// <summary>Host configuration: the store file, the inbox worker off (the bench measures queries on a settled graph).</summary>
    public static IReadOnlyDictionary<string, string> ServiceSettings(string sqlitePath, string emptyInbox) =>
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Graph:Store"] = "Sqlite",
            [$"{SqliteStoreOptions.SectionName}:Path"] = sqlitePath,
            ["Ingestion:Enabled"] = "false",
            ["Ingestion:Inbox"] = emptyInbox,
        };

    public static IReadOnlyDictionary<string, string> Neo4jServiceSettings(string emptyInbox)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Graph:Store"] = "Neo4j",
            ["Ingestion:Enabled"] = "false",
            ["Ingestion:Inbox"] = emptyInbox,
        };
        foreach (var (key, value) in Neo4jSettings() ?? [])
        {
            if (value is not null)
            {
                settings[key] = value;
            }
        }

        return settings;
    }

    private static Dictionary<string, string?>? Neo4jSettings()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (string.IsNullOrWhiteSpace(uri))
        {
            return null;
        }

        return new Dictionary<string, string?>(StringComparer.Ordinal)
        {
            [$"{Neo4jOptions.Section}:Uri"] = uri,
            [$"{Neo4jOptions.Section}:User"] = Environment.GetEnvironmentVariable("NEO4J_USER") ?? Environment.GetEnvironmentVariable("NEO4J_USERNAME") ?? "neo4j",
            [$"{Neo4jOptions.Section}:Password"] = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
            [$"{Neo4jOptions.Section}:Database"] = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
        };
    }
}
