using System.Text;

namespace KnowledgeGraph.Extraction.Decoding;

/// <summary>
/// UTF-16 and UTF-32, as saved by Windows "Unicode" exports. With a BOM the choice is certain; without one, the NUL
/// bytes that ASCII line breaks and spaces leave in every other byte tell the byte order.
/// </summary>
internal static class Utf16Probe
{
    private const int SampleBytes = 64 * 1024;

    /// <summary>Decodes a BOM-marked UTF-32 or UTF-16 file; null when the file has no such BOM.</summary>
    public static DecodingResult? TryWithBom(ReadOnlySpan<byte> bytes)
    {
        // UTF-32 LE first: its BOM begins with the UTF-16 LE one.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return Decode(bytes[4..], new UTF32Encoding(false, false, true), "utf-32le-bom", 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return Decode(bytes[4..], new UTF32Encoding(true, false, true), "utf-32be-bom", 4);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Decode(bytes[2..], new UnicodeEncoding(false, false, true), "utf-16le-bom", 2);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Decode(bytes[2..], new UnicodeEncoding(true, false, true), "utf-16be-bom", 2);
        }

        return null;
    }

    /// <summary>
    /// Guesses BOM-less UTF-16. With <paramref name="requireNulPattern"/> the NUL bytes must sit almost all on one
    /// side (odd offsets: little endian); without it, the decoded text must read as Chinese.
    /// </summary>
    public static DecodingResult? TryWithoutBom(ReadOnlySpan<byte> bytes, bool requireNulPattern)
    {
        if (bytes.Length < 4)
        {
            return null;
        }

        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i++)
        {
            if (sample[i] == 0)
            {
                if (i % 2 == 0)
                {
                    evenNuls++;
                }
                else
                {
                    oddNuls++;
                }
            }
        }

        bool? bigEndian = null;
        if (oddNuls >= sample.Length / 100 && oddNuls > evenNuls * 10)
        {
            bigEndian = false;
        }
        else if (evenNuls >= sample.Length / 100 && evenNuls > oddNuls * 10)
        {
            bigEndian = true;
        }
        else if (requireNulPattern)
        {
            return null;
        }

        bool[] candidates = bigEndian is { } order ? [order] : [false, true];
        foreach (var candidate in candidates)
        {
            var label = candidate ? "utf-16be" : "utf-16le";
            var result = Decode(bytes, new UnicodeEncoding(candidate, false, true), label, 0);
            if (result.Succeeded && (bigEndian is not null || ReadsAsChinese(result.Text)))
            {
                return result;
            }
        }

        return null;
    }

    private static DecodingResult Decode(ReadOnlySpan<byte> body, Encoding encoding, string label, int bomLength)
    {
        var unit = encoding is UTF32Encoding ? 4 : 2;
        var dropped = body.Length % unit;
        try
        {
            var text = encoding.GetString(body[..^dropped]);
            return dropped == 0
                ? DecodingResult.Success(text, label)
                : DecodingResult.Success(text, label, [$"The file ends in the middle of a character; its last {dropped} byte(s) were ignored."]);
        }
        catch (DecoderFallbackException ex)
        {
            return DecodingResult.Failed(DecodingFailure.UnknownEncoding,
                $"The file starts like {label} but holds an invalid sequence at byte {bomLength + ex.Index}.", label);
        }
    }

    // Without NUL evidence, accept only text that is overwhelmingly CJK, CJK punctuation or plain ASCII.
    private static bool ReadsAsChinese(string text)
    {
        int plausible = 0, cjk = 0;
        foreach (var c in text)
        {
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                cjk++;
                plausible++;
            }
            else if (c is >= ' ' and <= '~' or '\n' or '\r' or '\t' or >= '\u3000' and <= '\u303F' or >= '\uFF00' and <= '\uFFEF')
            {
                plausible++;
            }
        }

        return text.Length > 0 && plausible >= text.Length * 0.95 && cjk >= text.Length * 0.3;
    }
}
