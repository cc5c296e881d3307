namespace KnowledgeGraph.Extraction.Reading;

/// <summary>Character classes the reader and extractor agree on.</summary>
internal static class Chars
{
    /// <summary>Whitespace and invisible characters a PDF extractor leaves behind (NBSP, ideographic space, BOM, zero-width, controls).</summary>
    public static bool IsBlank(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF';

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\f' or '\v' or '\u2028' or '\u2029' or '\u0085';

    /// <summary>Latin letters and digits (after full-width folding): a space between two of them is a real word gap.</summary>
    public static bool IsWordish(char c) => c < 0x80 && (char.IsAsciiLetterOrDigit(c) || c is '.' or '%' or '+' or '-' or '/' or '&' or '_');

    public static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>Folds full-width ASCII (１２３ＡＢ％) to ASCII one char for one char, so offsets stay aligned.</summary>
    public static char Fold(char c) => c is >= '\uFF01' and <= '\uFF5E' && !IsKeptFullWidth(c) ? (char)(c - 0xFEE0) : c;

    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '；' or '!' or '?' or ';' or '…';

    public static bool IsClosing(char c) => c is '”' or '’' or '」' or '』' or '）' or ')' or '》' or '】' or '"' or '\'';

    // Chinese punctuation that must keep its full-width form: the splitter and extractor key on it.
    private static bool IsKeptFullWidth(char c) => c is '！' or '？' or '；' or '：' or '，' or '（' or '）';
}
