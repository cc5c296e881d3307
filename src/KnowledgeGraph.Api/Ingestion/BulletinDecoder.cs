using KnowledgeGraph.Extraction.Decoding;
using Microsoft.Extensions.Options;

namespace KnowledgeGraph.Api.Ingestion;

public sealed record DecodedBulletin(string Text, string Encoding)
{
    /// <summary>Repairs the decoder made and the file still went through with (a truncated last character).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>
/// Raw bulletin bytes to text, through <see cref="BulletinTextDecoder"/> (UTF-8/16/32, GBK/GB18030, binary, markup
/// and furniture checks, size limit; see docs/reliability.md). A refused file becomes a <see cref="BulletinDecodingException"/>
/// whose message is the reason recorded on the Failed bulletin.
/// </summary>
internal sealed class BulletinDecoder(IOptions<DecodingOptions> options)
{
    private readonly BulletinTextDecoder decoder = new(options.Value);

    public BulletinDecoder()
        : this(Options.Create(new DecodingOptions()))
    {
    }

    public long MaxBytes => decoder.Options.MaxBytes;

    /// <summary>The reason a file of <paramref name="length"/> bytes is refused unread, or null when it may be read.</summary>
    public string? RefuseBySize(long length) => decoder.CheckSize(length)?.Reason;

    public DecodedBulletin Decode(ReadOnlySpan<byte> bytes)
    {
        var result = decoder.Decode(bytes);
        return result.Succeeded
            ? new DecodedBulletin(result.Text, result.Encoding!) { Warnings = result.Warnings }
            : throw new BulletinDecodingException(result.Reason!);
    }
}

public sealed class BulletinDecodingException : Exception
{
    public BulletinDecodingException(string message) : base(message)
    {
    }

    public BulletinDecodingException(string message, Exception inner) : base(message, inner)
    {
    }

    public BulletinDecodingException()
    {
    }
}
