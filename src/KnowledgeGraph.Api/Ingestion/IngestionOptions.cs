using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Api.Ingestion;

/// <summary>Section <c>Ingestion</c>: the inbox folder the worker watches.</summary>
internal sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    public bool Enabled { get; set; } = true;

    /// <summary>Absolute, or relative to the content root / current directory / their parents (see <see cref="InboxLocator"/>).</summary>
    [Required]
    public string Inbox { get; set; } = "seeds";

    /// <summary>File name pattern of bulletins in the inbox.</summary>
    [Required]
    public string Pattern { get; set; } = "*.txt";

    /// <summary>Full rescan period, the safety net for missed file-system events (network shares, editors that rename).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan RescanInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Quiet time after a file-system event before scanning, so a file being copied is read once, complete.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan Debounce { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Largest file read as a bulletin; bigger files are recorded Failed instead of filling memory.</summary>
    [Range(1, 512 * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 32 * 1024 * 1024;
}
