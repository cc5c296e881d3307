using System.ComponentModel.DataAnnotations;

namespace KnowledgeGraph.Extraction.Decoding;

/// <summary>
/// Limits that keep one hostile or broken file from costing the service memory or time. Bound by the host from the
/// <c>Ingestion:Decoding</c> configuration section.
/// </summary>
public sealed class DecodingOptions
{
    /// <summary>Largest file decoded; checked against the file length before anything is read. A real bulletin is ~20 KB.</summary>
    [Range(1, 512L * 1024 * 1024)]
    public long MaxBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>Fewest Chinese characters outside page furniture for a file to count as a bulletin.</summary>
    [Range(1, 1_000_000)]
    public int MinChineseCharacters { get; set; } = 20;

    /// <summary>
    /// Longest line accepted. PDF-extracted bulletins break lines every ~35 characters and a paragraph-per-line export
    /// stays in the low thousands; one enormous line is a data dump, not a bulletin, and costs the reader quadratic time.
    /// </summary>
    [Range(80, 10_000_000)]
    public int MaxLineLength { get; set; } = 50_000;

    /// <summary>Share of control characters (other than tab, line breaks, form feed) above which a text counts as binary.</summary>
    [Range(0.0, 1.0)]
    public double MaxControlCharacterRatio { get; set; } = 0.01;
}
