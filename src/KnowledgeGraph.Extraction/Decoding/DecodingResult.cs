namespace KnowledgeGraph.Extraction.Decoding;

/// <summary>
/// Outcome of decoding one file: the text and the encoding it was read with, or why it was refused. Warnings
/// describe repairs that still let the file through (a truncated last character).
/// </summary>
public sealed record DecodingResult
{
    private DecodingResult()
    {
    }

    public bool Succeeded => Failure is null;

    /// <summary>The decoded text, character for character what the file holds (no normalisation, so offsets are stable).</summary>
    public string Text { get; private init; } = string.Empty;

    /// <summary>Label of the detected encoding: utf-8, utf-8-bom, utf-16le(-bom), utf-16be(-bom), utf-32le-bom, utf-32be-bom, gbk, gb18030.</summary>
    public string? Encoding { get; private init; }

    public DecodingFailure? Failure { get; private init; }

    public string? Reason { get; private init; }

    public IReadOnlyList<string> Warnings { get; private init; } = [];

    public static DecodingResult Success(string text, string encoding, IReadOnlyList<string>? warnings = null) =>
        new() { Text = text, Encoding = encoding, Warnings = warnings ?? [] };

    public static DecodingResult Failed(DecodingFailure failure, string reason, string? encoding = null) =>
        new() { Failure = failure, Reason = reason, Encoding = encoding };

    public override string ToString() => Succeeded ? $"{Encoding}: {Text.Length} chars" : $"{Failure}: {Reason}";
}
