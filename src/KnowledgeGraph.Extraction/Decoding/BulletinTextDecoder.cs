namespace KnowledgeGraph.Extraction.Decoding;

/// <summary>
/// Raw bulletin bytes to text, or a reason the file is not a bulletin. Order of evidence: size, known binary formats,
/// byte-order marks, NUL-byte patterns (UTF-16), strict UTF-8, GB18030/GBK, then checks on the text itself.
/// Deterministic: the same bytes always give the same text, so offsets stored with mentions stay valid.
/// </summary>
/// <remarks>
/// Decisions: a UTF-8 file cut inside its last character is accepted without that character and with a warning
/// (the rest is intact, and refusing it would lose a whole bulletin over one glyph); an invalid sequence anywhere
/// else fails. HTML, JSON, RTF, PDF and archives are refused with the format named, never guessed at.
/// </remarks>
public sealed class BulletinTextDecoder(DecodingOptions options)
{
    /// <summary>UTF-8 runs this long inside a file that is not UTF-8 mean two encodings were concatenated.</summary>
    private const int MixedRunThreshold = 8;

    public BulletinTextDecoder()
        : this(new DecodingOptions())
    {
    }

    public DecodingOptions Options => options;

    /// <summary>The size check alone, for callers that know the length before reading (a file on disk, an upload).</summary>
    public DecodingResult? CheckSize(long length) => length > options.MaxBytes
        ? DecodingResult.Failed(DecodingFailure.TooLarge,
            $"The file is {length:N0} bytes; the limit is {options.MaxBytes:N0} (Ingestion:Decoding:MaxBytes).")
        : null;

    public DecodingResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (CheckSize(bytes.Length) is { } tooLarge)
        {
            return tooLarge;
        }

        if (bytes.IsEmpty)
        {
            return DecodingResult.Failed(DecodingFailure.Empty, "The file is empty (0 bytes).");
        }

        if (FileSignatures.Identify(bytes) is { } format)
        {
            return DecodingResult.Failed(DecodingFailure.UnsupportedFormat, $"The file is {format}.");
        }

        var decoded = DecodeBytes(bytes);
        return decoded.Succeeded ? TextChecks.Check(decoded.Text, decoded.Encoding!, decoded.Warnings, options) : decoded;
    }

    /// <summary>
    /// Reads at most <see cref="DecodingOptions.MaxBytes"/> from <paramref name="stream"/> and decodes it; a larger
    /// stream is refused after reading one byte past the limit, so a 100 MB file never lands in memory.
    /// </summary>
    public async Task<(DecodingResult Result, byte[]? Bytes)> DecodeAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var bytes = await BoundedRead.ReadAsync(stream, options.MaxBytes, cancellationToken);
        return bytes is null
            ? (CheckSize(stream.CanSeek ? stream.Length : options.MaxBytes + 1)!, null)
            : (Decode(bytes), bytes);
    }

    private static DecodingResult DecodeBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8Probe.TryDecode(bytes[3..], out var bomText, out var bomTail)
                ? Utf8Result(bomText, "utf-8-bom", bomTail)
                : DecodingResult.Failed(DecodingFailure.UnknownEncoding,
                    "The file starts with a UTF-8 byte-order mark but is not valid UTF-8.", "utf-8-bom");
        }

        if (Utf16Probe.TryWithBom(bytes) is { } withBom)
        {
            return withBom;
        }

        if (bytes.Contains((byte)0))
        {
            return Utf16Probe.TryWithoutBom(bytes, requireNulPattern: true)
                ?? DecodingResult.Failed(DecodingFailure.Binary, "The file contains NUL bytes; it is binary data, not bulletin text.");
        }

        if (Utf8Probe.TryDecode(bytes, out var text, out var tail))
        {
            return Utf8Result(text, "utf-8", tail);
        }

        var (run, firstInvalid) = Utf8Probe.ScanMultiByteRuns(bytes);
        if (run >= MixedRunThreshold)
        {
            return DecodingResult.Failed(DecodingFailure.MixedEncodings,
                $"The file is UTF-8 in parts but holds bytes that are not (first at byte {firstInvalid}): damaged, or parts in another encoding. Re-save the whole file as UTF-8.");
        }

        if (Gb18030Probe.TryDecode(bytes, out var gbText, out var gbLabel))
        {
            return DecodingResult.Success(gbText, gbLabel);
        }

        return Utf16Probe.TryWithoutBom(bytes, requireNulPattern: false)
            ?? DecodingResult.Failed(DecodingFailure.UnknownEncoding,
                "The file is neither UTF-8, UTF-16 nor GB18030/GBK Chinese text. Re-save it as UTF-8.");
    }

    private static DecodingResult Utf8Result(string text, string label, int droppedTail) => droppedTail == 0
        ? DecodingResult.Success(text, label)
        : DecodingResult.Success(text, label,
            [$"The file ends in the middle of a UTF-8 character (truncated copy?); its last {droppedTail} byte(s) were ignored."]);
}
