using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;
using KnowledgeGraph.Api.Observability;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>
/// Bytes of one bulletin → decoded text → extracted graph → one store commit. Shared by the inbox worker and the
/// <c>ingestBulletin</c> mutation so both record bulletins the same way.
/// </summary>
internal sealed partial class BulletinIngestionPipeline(
    IGraphStore store,
    IBulletinExtractor extractor,
    BulletinDecoder decoder,
    RegionDenormaliser regions,
    StoreWriteResilience resilience,
    IngestionTelemetry telemetry,
    IOptions<IngestionOptions> options,
    TimeProvider time,
    ILogger<BulletinIngestionPipeline> logger)
{
    /// <summary>Outside a host (benchmarks, tools): default limits and retries, its own meter, no health reporting.</summary>
    public BulletinIngestionPipeline(IGraphStore store, IBulletinExtractor extractor, BulletinDecoder decoder, RegionDenormaliser regions, TimeProvider time, ILogger<BulletinIngestionPipeline> logger)
        : this(store, extractor, decoder, regions, StoreWriteResilience.Standalone(time), new IngestionTelemetry(), Options.Create(new IngestionOptions()), time, logger)
    {
    }

    public long MaxBytes => decoder.MaxBytes;

    public string? RefuseBySize(long length) => decoder.RefuseBySize(length);

    public static string ContentId(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>
    /// Ingests unless the same content is already in: same name → the stored bulletin is returned unchanged,
    /// other name → a <see cref="BulletinStatus.Duplicate"/> record. Problems with the file itself end as a
    /// <see cref="BulletinStatus.Failed"/> record with the reason; only store outages and cancellation throw.
    /// </summary>
    public async Task<Bulletin> IngestAsync(string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        using var activity = IngestionTelemetry.ActivitySource.StartActivity("ingest bulletin");
        activity?.SetTag("bulletin.name", name);
        var started = time.GetTimestamp();
        var bulletin = await IngestCoreAsync(name, content, started, cancellationToken);
        activity?.SetTag("bulletin.id", bulletin.Id);
        activity?.SetTag("bulletin.status", bulletin.Status.ToString());
        telemetry.Processed(bulletin.Status.ToString().ToLowerInvariant(), time.GetElapsedTime(started));
        return bulletin;
    }

    private async Task<Bulletin> IngestCoreAsync(string name, ReadOnlyMemory<byte> content, long started, CancellationToken cancellationToken)
    {
        var step = await PrepareAsync(name, content, started, cancellationToken);
        return step.Done ?? await CommitOneAsync(step.Pending!, cancellationToken);
    }

    /// <summary>Everything before the store write: content id, duplicate check, decoding, extraction, limits.</summary>
    private async Task<Step> PrepareAsync(string name, ReadOnlyMemory<byte> content, long started, CancellationToken cancellationToken)
    {
        var id = ContentId(content.Span);
        var existing = await store.GetBulletinAsync(id, cancellationToken);
        if (existing is { Status: BulletinStatus.Ingested })
        {
            return new Step(string.Equals(existing.Name, name, StringComparison.Ordinal)
                ? existing
                : await RecordDuplicateAsync(existing, name, content.Length, cancellationToken));
        }

        var received = new Bulletin(id, name, BulletinStatus.Pending, time.GetUtcNow()) { SizeBytes = content.Length };
        try
        {
            var decoded = decoder.Decode(content.Span);
            foreach (var warning in decoded.Warnings)
            {
                LogDecodingWarning(name, warning);
            }

            var graph = regions.Apply(extractor.Extract(id, decoded.Text, cancellationToken));
            if (graph.Articles.Count == 0)
            {
                throw new BulletinDecodingException("No article was found in the text.");
            }

            if (graph.Articles.Count > options.Value.MaxArticles)
            {
                throw new BulletinDecodingException(
                    $"The text splits into {graph.Articles.Count} articles; the limit is {options.Value.MaxArticles} (Ingestion:MaxArticles).");
            }

            var bulletin = received with
            {
                Status = BulletinStatus.Ingested,
                IngestedAt = time.GetUtcNow(),
                Title = graph.Articles[0].Title,
                Articles = graph.Articles.Count,
                Entities = graph.Entities.Count,
                Relations = graph.Relations.Count,
                Encoding = decoded.Encoding,
            };
            return new Step(new PendingCommit(received, bulletin, graph, started));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Whatever the extractor throws on one file must become that file's Failed record.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            var failed = received with { Status = BulletinStatus.Failed, Error = ReasonOf(ex) };
            await SaveAsync(failed, cancellationToken);
            LogFailed(name, id, failed.Error);
            return new Step(failed);
        }
    }

    private async Task<Bulletin> CommitOneAsync(PendingCommit pending, CancellationToken cancellationToken)
    {
        try
        {
            await resilience.ExecuteAsync("commit", ct => store.CommitBulletinAsync(pending.Bulletin, pending.Graph, ct), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A graph the store refuses (bad data in one bulletin) fails that bulletin only.
        catch (Exception ex) when (!StoreFaults.IsTransient(ex))
#pragma warning restore CA1031
        {
            // If the store is down this save throws too, and the caller retries the file later.
            var failed = pending.Received with { Status = BulletinStatus.Failed, Error = $"The store rejected the extracted graph: {ex.GetType().Name}: {ex.Message}" };
            await SaveAsync(failed, cancellationToken);
            LogFailed(failed.Name, failed.Id, failed.Error);
            return failed;
        }

        return Committed(pending);
    }

    private Bulletin Committed(PendingCommit pending)
    {
        var (bulletin, graph) = (pending.Bulletin, pending.Graph);
        LogIngested(bulletin.Name, bulletin.Id, bulletin.Articles, bulletin.Entities, bulletin.Relations, graph.Mentions.Count, (long)time.GetElapsedTime(pending.Started).TotalMilliseconds);
        return bulletin;
    }

    /// <summary>Records a file that could not even be read in full (too large), so it shows up in <c>bulletins(status: FAILED)</c>.</summary>
    public async Task<Bulletin> RejectAsync(string name, string id, long sizeBytes, string reason, CancellationToken cancellationToken)
    {
        var failed = new Bulletin(id, name, BulletinStatus.Failed, time.GetUtcNow()) { SizeBytes = sizeBytes, Error = reason };
        await SaveAsync(failed, cancellationToken);
        LogFailed(name, id, reason);
        return failed;
    }

    private Task SaveAsync(Bulletin bulletin, CancellationToken cancellationToken) =>
        resilience.ExecuteAsync("save", ct => store.SaveBulletinAsync(bulletin, ct), cancellationToken);

    private async Task<Bulletin> RecordDuplicateAsync(Bulletin original, string name, long sizeBytes, CancellationToken cancellationToken)
    {
        // The content id belongs to the ingested bulletin; the duplicate's row is keyed by content + name so
        // re-scanning the same copy does not add rows and never overwrites the original.
        var id = ContentId(Encoding.UTF8.GetBytes($"{original.Id}\n{name}"));
        var existing = await store.GetBulletinAsync(id, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var duplicate = new Bulletin(id, name, BulletinStatus.Duplicate, time.GetUtcNow())
        {
            SizeBytes = sizeBytes,
            Title = original.Title,
            Error = $"Same content as '{original.Name}' (bulletin {original.Id}).",
        };
        await SaveAsync(duplicate, cancellationToken);
        LogDuplicate(name, original.Name);
        return duplicate;
    }

    private static string ReasonOf(Exception ex) => ex is BulletinDecodingException
        ? ex.Message
        : $"Extraction failed: {ex.GetType().Name}: {ex.Message}";

    /// <summary>A file that is either finished (ingested before, duplicate, failed) or extracted and waiting for its commit.</summary>
    private sealed record Step(Bulletin? Done, PendingCommit? Pending)
    {
        public Step(Bulletin done)
            : this(done, null)
        {
        }

        public Step(PendingCommit pending)
            : this(null, pending)
        {
        }
    }

    private sealed record PendingCommit(Bulletin Received, Bulletin Bulletin, BulletinGraph Graph, long Started);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Ingested {BulletinName} ({BulletinId}): {Articles} articles, {Entities} entities, {Relations} relations, {Mentions} mentions in {ElapsedMs} ms")]
    private partial void LogIngested(string bulletinName, string bulletinId, int articles, int entities, int relations, int mentions, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bulletin {BulletinName} ({BulletinId}) failed: {Reason}")]
    private partial void LogFailed(string bulletinName, string bulletinId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bulletin {BulletinName}: {Warning}")]
    private partial void LogDecodingWarning(string bulletinName, string warning);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bulletin {BulletinName} is a duplicate of {OriginalName}; not ingested again")]
    private partial void LogDuplicate(string bulletinName, string originalName);
}
