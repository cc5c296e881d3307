using System.Text;

namespace KnowledgeGraph.Api.Ingestion;

public sealed record DecodedBulletin(string Text, string Encoding);

/// <summary>Raw bulletin bytes to text. UTF-8, with or without BOM; anything else is rejected with a reason.</summary>
internal sealed class BulletinDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public DecodedBulletin Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw new BulletinDecodingException("The file is empty.");
        }

        var hasBom = bytes.StartsWith(Encoding.UTF8.Preamble);
        var body = hasBom ? bytes[Encoding.UTF8.Preamble.Length..] : bytes;
        string text;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException ex)
        {
            throw new BulletinDecodingException($"The file is not valid UTF-8 text (invalid bytes at offset {ex.Index}).", ex);
        }

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new BulletinDecodingException("The file contains NUL characters; it looks binary, not bulletin text.");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            throw new BulletinDecodingException("The file holds no text.");
        }

        return new DecodedBulletin(text, hasBom ? "utf-8-bom" : "utf-8");
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
