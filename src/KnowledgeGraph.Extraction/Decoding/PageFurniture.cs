namespace KnowledgeGraph.Extraction.Decoding;

/// <summary>
/// Lines a PDF extraction repeats on every page: the masthead 《科技情报参考》 with its slogan, and page numbers
/// (7, - 7 -, 第7页). A file holding nothing else has no article to read.
/// </summary>
internal static class PageFurniture
{
    private const string Masthead = "科技情报参考";

    public static bool IsFurniture(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty)
        {
            return true;
        }

        if (line.Contains(Masthead, StringComparison.Ordinal) && line.IndexOfAny("。，；") < 0)
        {
            return true;
        }

        var digits = 0;
        foreach (var c in line)
        {
            if (char.IsAsciiDigit(c) || c is >= '０' and <= '９')
            {
                digits++;
            }
            else if (!(char.IsWhiteSpace(c) || c is '-' or '—' or '/' or '第' or '页' or '共' or '期' or '·'))
            {
                return false;
            }
        }

        return digits > 0;
    }
}
