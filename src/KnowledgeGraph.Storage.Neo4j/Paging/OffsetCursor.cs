using System.Buffers.Text;
using System.Globalization;
using System.Text;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Storage.Neo4j.Paging;

/// <summary>
/// Opaque Relay cursor: the position after an item in one ordering ("{sort}:{desc}:{offset}", base64url). It names its
/// ordering so a cursor from one sort cannot silently page another.
/// </summary>
internal static class OffsetCursor
{
    public static string Encode(EntitySort sort, bool descending, int offset) =>
        Base64Url.EncodeToString(Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{sort}:{(descending ? 1 : 0)}:{offset}")));

    public static int Decode(string? cursor, EntitySort sort, bool descending)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return 0;
        }

        string[] parts;
        try
        {
            parts = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor)).Split(':');
        }
        catch (FormatException ex)
        {
            throw new ArgumentException("The cursor is not one this service issued.", nameof(cursor), ex);
        }

        if (parts.Length != 3 || !Enum.TryParse<EntitySort>(parts[0], out var cursorSort) || parts[1] is not ("0" or "1")
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            throw new ArgumentException("The cursor is not one this service issued.", nameof(cursor));
        }

        if (cursorSort != sort || (parts[1] == "1") != descending)
        {
            throw new ArgumentException($"The cursor belongs to another ordering ({cursorSort}{(parts[1] == "1" ? " desc" : string.Empty)}).", nameof(cursor));
        }

        return offset;
    }
}
