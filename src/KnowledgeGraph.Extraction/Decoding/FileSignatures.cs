namespace KnowledgeGraph.Extraction.Decoding;

/// <summary>
/// Magic numbers of formats people drop into an inbox by mistake. Naming the format in the reason tells the user
/// what to do (extract the PDF's text, save the Word file as plain text) instead of a vague "binary file".
/// </summary>
internal static class FileSignatures
{
    private static readonly (byte[] Magic, string Description)[] Known =
    [
        ("%PDF-"u8.ToArray(), "a PDF document; extract its text first (e.g. pdftotext) and drop the .txt"),
        ([0x50, 0x4B, 0x03, 0x04], "a zip archive (or a .docx/.xlsx, which are zip files); unpack it or save the document as plain text"),
        ([0x50, 0x4B, 0x05, 0x06], "an empty zip archive"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "a legacy Office document (.doc/.xls); save it as plain text"),
        (@"{\rtf"u8.ToArray(), "an RTF document; save it as plain text"),
        ([0x1F, 0x8B], "a gzip archive; unpack it first"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7z archive; unpack it first"),
        ("Rar!"u8.ToArray(), "a RAR archive; unpack it first"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image, not text"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image, not text"),
        ("GIF8"u8.ToArray(), "a GIF image, not text"),
        ([0x7F, 0x45, 0x4C, 0x46], "an ELF executable, not text"),
        ("MZ"u8.ToArray(), "a Windows executable, not text"),
    ];

    public static string? Identify(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, description) in Known)
        {
            // "MZ" is two letters a text could start with; only trust it together with NUL bytes nearby.
            if (bytes.StartsWith(magic) && (magic.Length > 2 || bytes[..Math.Min(bytes.Length, 256)].Contains((byte)0)))
            {
                return description;
            }
        }

        return null;
    }
}
