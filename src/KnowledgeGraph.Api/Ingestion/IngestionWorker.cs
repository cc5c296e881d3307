using System.Security.Cryptography;
using System.Threading.Channels;
using KnowledgeGraph.Api.Hosting;
using KnowledgeGraph.Extraction.Decoding;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>
/// Watches the inbox and ingests every new or changed bulletin once. Reads files only: never moves, renames or
/// deletes what the user put there. A bad file is recorded Failed and the rest go on; the host never stops
/// because of ingestion.
/// </summary>
internal sealed partial class IngestionWorker(
    IServiceScopeFactory scopes,
    IOptions<IngestionOptions> options,
    IHostEnvironment environment,
    ServingActivity serving,
    TimeProvider time,
    ILogger<IngestionWorker> logger) : BackgroundService
{
    private readonly Dictionary<string, FileStamp> seen = new(StringComparer.Ordinal);
    private readonly Channel<bool> changes = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private bool inboxMissingLogged;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Scanning does file and store I/O; never hold up host start-up with it.
        await Task.Yield();
        var settings = options.Value;
        var inbox = InboxLocator.Resolve(settings.Inbox, environment.ContentRootPath, Directory.GetCurrentDirectory());
        LogWatching(inbox, settings.Pattern);
        using var watcher = Watch(inbox, settings.Pattern);

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ScanAsync(inbox, settings, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
#pragma warning disable CA1031 // A store outage must not kill the host; the next scan retries.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogScanFailed(ex, inbox);
            }

            if (!await WaitForChangeAsync(settings, stoppingToken))
            {
                break;
            }
        }
    }

    public override void Dispose()
    {
        changes.Writer.TryComplete();
        base.Dispose();
    }

    private async Task ScanAsync(string inbox, IngestionOptions settings, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(inbox))
        {
            if (!inboxMissingLogged)
            {
                LogInboxMissing(inbox);
                inboxMissingLogged = true;
            }

            return;
        }

        inboxMissingLogged = false;
        var batch = Directory.EnumerateFiles(inbox, settings.Pattern, SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal)
            .Select(path => (Path: path, Stamp: FileStamp.Of(path)))
            .Where(f => f.Stamp is not null && (!seen.TryGetValue(f.Path, out var known) || known != f.Stamp))
            .ToList();
        if (batch.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var pipeline = scope.ServiceProvider.GetRequiredService<BulletinIngestionPipeline>();
        var groups = batch.Chunk(GroupSize(settings, serving.IsServing)).Select(chunk => new InboxGroup(chunk)).ToList();
        await pipeline.IngestGroupsAsync(groups, (group, ct) => ReadGroupAsync(pipeline, group, ct), MarkSeen, cancellationToken);
    }

    /// <summary>How many files go into one commit, decided per scan: fewer while the service is also answering queries.</summary>
    public static int GroupSize(IngestionOptions settings, bool serving) =>
        serving ? Math.Min(settings.CommitGroupSize, settings.CommitGroupSizeWhileServing) : settings.CommitGroupSize;

    /// <summary>
    /// Reads the files of a group (while the previous group commits, so it touches only <paramref name="group"/>).
    /// Unreadable files are left for the next event or rescan; too-large ones are recorded Failed unread.
    /// </summary>
    private async Task<IReadOnlyList<BulletinFile>> ReadGroupAsync(BulletinIngestionPipeline pipeline, InboxGroup group, CancellationToken cancellationToken)
    {
        var files = new List<BulletinFile>(group.Entries.Length);
        foreach (var (path, stamp) in group.Entries)
        {
            try
            {
                if (await ReadFileAsync(pipeline, path, stamp!, cancellationToken) is { } file)
                {
                    files.Add(file);
                    group.Read.Add((path, stamp!));
                }
                else
                {
                    group.Rejected.Add((path, stamp!));
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
            catch (IOException ex)
            {
                // Still being written, or gone: the next event or rescan tries again.
                LogUnreadable(ex, Path.GetFileName(path));
            }
#pragma warning disable CA1031 // One file's failure (store unreachable …) must not stop the others; it is retried later.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogFileFailed(ex, Path.GetFileName(path));
            }
        }

        return files;
    }

    /// <summary>After a group's commit: every file that ended in a record is seen; the others are retried later.</summary>
    private void MarkSeen(InboxGroup group, IReadOnlyList<GroupOutcome> outcomes)
    {
        foreach (var (path, stamp) in group.Rejected)
        {
            seen[path] = stamp;
        }

        for (var i = 0; i < outcomes.Count; i++)
        {
            var (path, stamp) = group.Read[i];
            if (outcomes[i].Error is { } error)
            {
                LogFileFailed(error, Path.GetFileName(path));
            }
            else
            {
                seen[path] = stamp;
            }
        }
    }

    /// <summary>The file's bytes, or null when it was too large and has been recorded Failed unread.</summary>
    private static async Task<BulletinFile?> ReadFileAsync(BulletinIngestionPipeline pipeline, string path, FileStamp stamp, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(path);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 64 * 1024, useAsync: true);
        if (pipeline.RefuseBySize(stream.Length) is { } reason)
        {
            // Hashed in 64 KB chunks for the content id; never held in memory.
            var id = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
            await pipeline.RejectAsync(name, id, stream.Length, reason, cancellationToken);
            return null;
        }

        var buffer = await BoundedRead.ReadAsync(stream, pipeline.MaxBytes, cancellationToken);
        if (buffer is null || stream.Length != stamp.Length)
        {
            throw new IOException($"{name} changed while being read.");
        }

        return new BulletinFile(name, buffer);
    }

    private async Task<bool> WaitForChangeAsync(IngestionOptions settings, CancellationToken stoppingToken)
    {
        using var rescan = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var changed = changes.Reader.WaitToReadAsync(rescan.Token).AsTask();
        var timer = Task.Delay(settings.RescanInterval, time, rescan.Token);
        await Task.WhenAny(changed, timer);
        await rescan.CancelAsync();
        if (stoppingToken.IsCancellationRequested)
        {
            return false;
        }

        if (changed.IsCompletedSuccessfully && changed.Result)
        {
            while (changes.Reader.TryRead(out _))
            {
            }

            try
            {
                await Task.Delay(settings.Debounce, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return false;
            }
        }

        return true;
    }

    private FileSystemWatcher? Watch(string inbox, string pattern)
    {
        if (!Directory.Exists(inbox))
        {
            return null;
        }

        var watcher = new FileSystemWatcher(inbox, pattern)
        {
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size,
            IncludeSubdirectories = false,
        };
        watcher.Created += (_, _) => changes.Writer.TryWrite(true);
        watcher.Changed += (_, _) => changes.Writer.TryWrite(true);
        watcher.Renamed += (_, _) => changes.Writer.TryWrite(true);
        watcher.Error += (_, e) =>
        {
            LogWatcherError(e.GetException());
            changes.Writer.TryWrite(true);
        };
        watcher.EnableRaisingEvents = true;
        return watcher;
    }

    /// <summary>One group of inbox files and, once read, which of them were read and which refused unread.</summary>
    private sealed class InboxGroup((string Path, FileStamp? Stamp)[] entries)
    {
        public (string Path, FileStamp? Stamp)[] Entries { get; } = entries;

        public List<(string Path, FileStamp Stamp)> Read { get; } = [];

        public List<(string Path, FileStamp Stamp)> Rejected { get; } = [];
    }

    private sealed record FileStamp(long Length, DateTime LastWriteUtc)
    {
        public static FileStamp? Of(string path)
        {
            var info = new FileInfo(path);
            return info.Exists ? new FileStamp(info.Length, info.LastWriteTimeUtc) : null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Watching inbox {Inbox} for {Pattern}")]
    private partial void LogWatching(string inbox, string pattern);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbox {Inbox} does not exist; rescanning periodically until it does")]
    private partial void LogInboxMissing(string inbox);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scanning inbox {Inbox} failed; retrying on the next change or rescan")]
    private partial void LogScanFailed(Exception exception, string inbox);

    [LoggerMessage(Level = LogLevel.Information, Message = "Could not read {BulletinName} yet; retrying later")]
    private partial void LogUnreadable(Exception exception, string bulletinName);

    [LoggerMessage(Level = LogLevel.Error, Message = "Ingesting {BulletinName} failed; retrying on the next rescan")]
    private partial void LogFileFailed(Exception exception, string bulletinName);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbox watcher error; falling back to a full rescan")]
    private partial void LogWatcherError(Exception exception);
}
