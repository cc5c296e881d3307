using System.Security.Cryptography;
using System.Text;
using KnowledgeGraph.Domain.Extraction;
using KnowledgeGraph.Domain.Model;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>
/// Bytes of one bulletin → decoded text → extracted graph → one store commit. Shared by the inbox worker and the
/// <c>ingestBulletin</c> mutation so both record bulletins the same way.
/// </summary>
internal sealed partial class BulletinIngestionPipeline(
    IGraphStore store,
    IBulletinExtractor extractor,
    BulletinDecoder decoder,
    TimeProvider time,
    ILogger<BulletinIngestionPipeline> logger)
{
    public static string ContentId(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>
    /// Ingests unless the same content is already in: same name → the stored bulletin is returned unchanged,
    /// other name → a <see cref="BulletinStatus.Duplicate"/> record. Problems with the file itself end as a
    /// <see cref="BulletinStatus.Failed"/> record with the reason; only store outages and cancellation throw.
    /// </summary>
    public async Task<Bulletin> IngestAsync(string name, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var id = ContentId(content.Span);
        var existing = await store.GetBulletinAsync(id, cancellationToken);
        if (existing is { Status: BulletinStatus.Ingested })
        {
            return string.Equals(existing.Name, name, StringComparison.Ordinal)
                ? existing
                : await RecordDuplicateAsync(existing, name, content.Length, cancellationToken);
        }

        var received = new Bulletin(id, name, BulletinStatus.Pending, time.GetUtcNow()) { SizeBytes = content.Length };
        BulletinGraph graph;
        Bulletin bulletin;
        try
        {
            var decoded = decoder.Decode(content.Span);
            graph = extractor.Extract(id, decoded.Text, cancellationToken);
            if (graph.Articles.Count == 0)
            {
                throw new BulletinDecodingException("No article was found in the text.");
            }

            bulletin = received with
            {
                Status = BulletinStatus.Ingested,
                IngestedAt = time.GetUtcNow(),
                Title = graph.Articles[0].Title,
                Articles = graph.Articles.Count,
                Entities = graph.Entities.Count,
                Relations = graph.Relations.Count,
                Encoding = decoded.Encoding,
            };
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
            await store.SaveBulletinAsync(failed, cancellationToken);
            LogFailed(name, id, failed.Error);
            return failed;
        }

        try
        {
            await store.CommitBulletinAsync(bulletin, graph, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // A graph the store refuses (bad data in one bulletin) fails that bulletin only.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            // If the store is down this save throws too, and the caller retries the file later.
            var failed = received with { Status = BulletinStatus.Failed, Error = $"The store rejected the extracted graph: {ex.GetType().Name}: {ex.Message}" };
            await store.SaveBulletinAsync(failed, cancellationToken);
            LogFailed(name, id, failed.Error);
            return failed;
        }

        LogIngested(name, id, bulletin.Articles, bulletin.Entities, bulletin.Relations, graph.Mentions.Count, (long)time.GetElapsedTime(started).TotalMilliseconds);
        return bulletin;
    }

    /// <summary>Records a file that could not even be read in full (too large), so it shows up in <c>bulletins(status: FAILED)</c>.</summary>
    public async Task<Bulletin> RejectAsync(string name, string id, long sizeBytes, string reason, CancellationToken cancellationToken)
    {
        var failed = new Bulletin(id, name, BulletinStatus.Failed, time.GetUtcNow()) { SizeBytes = sizeBytes, Error = reason };
        await store.SaveBulletinAsync(failed, cancellationToken);
        LogFailed(name, id, reason);
        return failed;
    }

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
        await store.SaveBulletinAsync(duplicate, cancellationToken);
        LogDuplicate(name, original.Name);
        return duplicate;
    }

    private static string ReasonOf(Exception ex) => ex is BulletinDecodingException
        ? ex.Message
        : $"Extraction failed: {ex.GetType().Name}: {ex.Message}";

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Ingested {BulletinName} ({BulletinId}): {Articles} articles, {Entities} entities, {Relations} relations, {Mentions} mentions in {ElapsedMs} ms")]
    private partial void LogIngested(string bulletinName, string bulletinId, int articles, int entities, int relations, int mentions, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bulletin {BulletinName} ({BulletinId}) failed: {Reason}")]
    private partial void LogFailed(string bulletinName, string bulletinId, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bulletin {BulletinName} is a duplicate of {OriginalName}; not ingested again")]
    private partial void LogDuplicate(string bulletinName, string originalName);
}
