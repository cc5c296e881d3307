using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace KnowledgeGraph.Storage.Neo4j.Paging;

/// <summary>Opaque Relay cursor: the position after an item in the sorted result ("o:{offset}", base64url).</summary>
internal static class OffsetCursor
{
    public static string Encode(int offset) => Base64Url.EncodeToString(Encoding.ASCII.GetBytes($"o:{offset.ToString(CultureInfo.InvariantCulture)}"));

    public static int Decode(string? cursor)
    {
        if (string.IsNullOrEmpty(cursor))
        {
            return 0;
        }

        try
        {
            var text = Encoding.ASCII.GetString(Base64Url.DecodeFromChars(cursor));
            if (text.StartsWith("o:", StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(2), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
        }

        throw new ArgumentException($"'{cursor}' is not a cursor of this store.", nameof(cursor));
    }
}
