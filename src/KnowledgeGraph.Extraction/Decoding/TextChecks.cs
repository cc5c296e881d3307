using System.Text.Json;

namespace KnowledgeGraph.Extraction.Decoding;

/// <summary>Checks on decoded text: is this a bulletin at all, or binary, markup, data, furniture or nothing?</summary>
internal static class TextChecks
{
    private static readonly string[] HtmlMarkers = ["<!doctype html", "<html", "<head", "<body", "<meta ", "<div", "<p>", "<br", "<table", "<span"];

    public static DecodingResult Check(string text, string encoding, IReadOnlyList<string> warnings, DecodingOptions options)
    {
        var failure = Binary(text, options) ?? Blank(text) ?? Markup(text) ?? LongLine(text, options) ?? Chinese(text, options);
        return failure is { } f
            ? DecodingResult.Failed(f.Failure, f.Reason, encoding)
            : DecodingResult.Success(text, encoding, warnings);
    }

    private static (DecodingFailure Failure, string Reason)? Binary(string text, DecodingOptions options)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c == '\0')
            {
                return (DecodingFailure.Binary, "The file contains NUL characters; it is binary data, not bulletin text.");
            }

            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f' or '\v'))
            {
                controls++;
            }
        }

        return controls > text.Length * options.MaxControlCharacterRatio
            ? (DecodingFailure.Binary, $"{controls} of {text.Length} characters are control characters; it is binary data, not bulletin text.")
            : null;
    }

    private static (DecodingFailure Failure, string Reason)? Blank(string text)
    {
        foreach (var c in text)
        {
            if (!(char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF'))
            {
                return null;
            }
        }

        return (DecodingFailure.NoText, "The file holds no text (only whitespace or invisible characters).");
    }

    // HTML is refused rather than stripped: tag soup, scripts and entities make a stripped page unreliable as the
    // source every mention points back to; the user re-exports the bulletin as plain text instead.
    private static (DecodingFailure Failure, string Reason)? Markup(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 4096)).TrimStart(" \t\r\n\uFEFF");
        if (head.StartsWith("<"))
        {
            var isMarkup = head.StartsWith("<?xml", StringComparison.Ordinal);
            foreach (var marker in HtmlMarkers)
            {
                isMarkup |= head.Contains(marker, StringComparison.OrdinalIgnoreCase);
            }

            if (isMarkup)
            {
                return (DecodingFailure.UnsupportedFormat, "The file is HTML/XML markup, not bulletin plain text; save the bulletin as plain text.");
            }
        }

        var trimmed = text.AsSpan().Trim(" \t\r\n\uFEFF");
        if (trimmed.Length >= 2 && ((trimmed[0] == '{' && trimmed[^1] == '}') || (trimmed[0] == '[' && trimmed[^1] == ']')) && IsJson(trimmed))
        {
            return (DecodingFailure.UnsupportedFormat, "The file is a JSON document, not bulletin plain text.");
        }

        return null;
    }

    private static bool IsJson(ReadOnlySpan<char> text)
    {
        try
        {
            using var document = JsonDocument.Parse(text.ToString(), new JsonDocumentOptions { MaxDepth = 256 });
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static (DecodingFailure Failure, string Reason)? LongLine(string text, DecodingOptions options)
    {
        int line = 1, start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text[i] is '\n' or '\r' or '\f')
            {
                if (i - start > options.MaxLineLength)
                {
                    return (DecodingFailure.LineTooLong,
                        $"Line {line} is {i - start} characters long; the limit is {options.MaxLineLength} (Ingestion:Decoding:MaxLineLength).");
                }

                line++;
                start = i + 1;
            }
        }

        return null;
    }

    private static (DecodingFailure Failure, string Reason)? Chinese(string text, DecodingOptions options)
    {
        int total = 0, inContent = 0;
        foreach (var range in text.AsSpan().SplitAny("\r\n\f"))
        {
            var line = text.AsSpan(range);
            var cjk = CountCjk(line);
            total += cjk;
            if (cjk > 0 && !PageFurniture.IsFurniture(line))
            {
                inContent += cjk;
            }
        }

        if (total == 0)
        {
            return (DecodingFailure.NoChineseText, "The file holds no Chinese text; bulletins are Chinese.");
        }

        if (inContent == 0)
        {
            return (DecodingFailure.PageFurnitureOnly, "The file holds only page furniture (masthead, page numbers), no article text.");
        }

        return inContent < options.MinChineseCharacters
            ? (DecodingFailure.TooLittleText,
                $"The file holds only {inContent} Chinese characters of article text; at least {options.MinChineseCharacters} are needed (Ingestion:Decoding:MinChineseCharacters).")
            : null;
    }

    private static int CountCjk(ReadOnlySpan<char> line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF')
            {
                count++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]) && char.ConvertToUtf32(c, line[i + 1]) is >= 0x20000 and <= 0x323AF)
            {
                count++;
                i++;
            }
        }

        return count;
    }
}
