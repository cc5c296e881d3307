using System.Text;

namespace KnowledgeGraph.Extraction.Decoding;

/// <summary>Strict UTF-8, with the one repair we allow: a last character cut short by a truncated copy.</summary>
internal static class Utf8Probe
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes strictly; <paramref name="droppedTail"/> is the number of trailing bytes of an incomplete last character left out.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out int droppedTail)
    {
        droppedTail = IncompleteTailLength(bytes);
        try
        {
            text = Strict.GetString(bytes[..^droppedTail]);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            droppedTail = 0;
            return false;
        }
    }

    /// <summary>
    /// Longest run of well-formed multi-byte UTF-8 sequences, ASCII between them allowed. GBK text forms such a
    /// sequence only by accident (~2% of characters) and never eight in a row, so a long run inside a file that is
    /// not valid UTF-8 means part of it is UTF-8 and part something else.
    /// </summary>
    public static (int LongestRun, int FirstInvalid) ScanMultiByteRuns(ReadOnlySpan<byte> bytes)
    {
        int longest = 0, run = 0, i = 0, firstInvalid = -1;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                i++;
                continue;
            }

            var length = SequenceLength(b);
            if (length > 1 && i + length <= bytes.Length && AreContinuations(bytes.Slice(i + 1, length - 1)))
            {
                run++;
                longest = Math.Max(longest, run);
                i += length;
            }
            else
            {
                firstInvalid = firstInvalid < 0 ? i : firstInvalid;
                run = 0;
                i++;
            }
        }

        return (longest, firstInvalid);
    }

    private static int IncompleteTailLength(ReadOnlySpan<byte> bytes)
    {
        // Walk back over at most three continuation bytes to the lead byte of the last character.
        for (var back = 1; back <= Math.Min(4, bytes.Length); back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0x80)
            {
                continue;
            }

            var needed = SequenceLength(b);
            return needed > back ? back : 0;
        }

        return 0;
    }

    private static int SequenceLength(byte lead) => lead switch
    {
        >= 0xC2 and <= 0xDF => 2,
        >= 0xE0 and <= 0xEF => 3,
        >= 0xF0 and <= 0xF4 => 4,
        _ => lead < 0x80 ? 1 : 0,
    };

    private static bool AreContinuations(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if ((b & 0xC0) != 0x80)
            {
                return false;
            }
        }

        return true;
    }
}
