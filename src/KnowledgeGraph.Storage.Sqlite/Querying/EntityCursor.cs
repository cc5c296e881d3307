using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using KnowledgeGraph.Domain.Storage;

namespace KnowledgeGraph.Storage.Sqlite.Querying;

/// <summary>
/// Keyset position: the sort key and id of the last row seen. Opaque to clients (base64url of a small JSON), and it
/// names its sort so a cursor from one ordering cannot silently page another.
/// </summary>
internal sealed record EntityCursor(EntitySort Sort, bool Descending, string? TextKey, long NumberKey, string Id)
{
    public object Key => Sort == EntitySort.Name ? TextKey! : NumberKey;

    public string Encode()
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new Wire(Sort, Descending, TextKey, NumberKey, Id), Json);
        return Base64Url.EncodeToString(json);
    }

    public static EntityCursor Decode(string cursor, EntitySort sort, bool descending)
    {
        Wire? wire;
        try
        {
            wire = JsonSerializer.Deserialize<Wire>(Base64Url.DecodeFromChars(cursor), Json);
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            throw new ArgumentException("The cursor is not one this service issued.", nameof(cursor), ex);
        }

        if (wire is null || wire.I is null || (wire.S == EntitySort.Name && wire.T is null))
        {
            throw new ArgumentException("The cursor is not one this service issued.", nameof(cursor));
        }

        if (wire.S != sort || wire.D != descending)
        {
            throw new ArgumentException($"The cursor belongs to another ordering ({wire.S}{(wire.D ? " desc" : string.Empty)}).", nameof(cursor));
        }

        return new EntityCursor(wire.S, wire.D, wire.T, wire.N, wire.I);
    }

    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    private sealed record Wire(EntitySort S, bool D, string? T, long N, string? I);
}
