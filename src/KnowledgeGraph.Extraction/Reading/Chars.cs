using System.Runtime.CompilerServices;

namespace KnowledgeGraph.Extraction.Reading;

/// <summary>Character classes the reader and extractor agree on.</summary>
/// <remarks>
/// Asked for every character of every bulletin, so each test first turns away the CJK ideographs that make up most
/// of the text (nothing above U+3000 is blank, a line break or ASCII-foldable except the few listed).
/// </remarks>
internal static class Chars
{
    /// <summary>Whitespace and invisible characters a PDF extractor leaves behind (NBSP, ideographic space, BOM, zero-width, controls).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsBlank(char c) =>
        c > '\u3000' ? c == '\uFEFF' : IsBlankSlow(c);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLineBreak(char c) => c <= '\u2029' && c is '\n' or '\r' or '\f' or '\v' or '\u2028' or '\u2029' or '\u0085';

    /// <summary>Latin letters and digits (after full-width folding): a space between two of them is a real word gap.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordish(char c) => c < 0x80 && (char.IsAsciiLetterOrDigit(c) || c is '.' or '%' or '+' or '-' or '/' or '&' or '_');

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>Folds full-width ASCII (１２３ＡＢ％) to ASCII one char for one char, so offsets stay aligned.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Fold(char c) => c is >= '\uFF01' and <= '\uFF5E' && !IsKeptFullWidth(c) ? (char)(c - 0xFEE0) : c;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '；' or '!' or '?' or ';' or '…';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsClosing(char c) => c is '”' or '’' or '」' or '』' or '）' or ')' or '》' or '】' or '"' or '\'';

    private static bool IsBlankSlow(char c) =>
        char.IsWhiteSpace(c) || char.IsControl(c) || c is '\u200B' or '\u200C' or '\u200D' or '\u2060';

    // Chinese punctuation that must keep its full-width form: the splitter and extractor key on it.
    private static bool IsKeptFullWidth(char c) => c is '！' or '？' or '；' or '：' or '，' or '（' or '）';
}
