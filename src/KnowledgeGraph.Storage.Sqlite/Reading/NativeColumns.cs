using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace KnowledgeGraph.Storage.Sqlite.Reading;

/// <summary>
/// The column accessors of the same e_sqlite3 library SQLitePCLRaw loads, called on the raw statement pointer. Through
/// SQLitePCLRaw every value costs a SafeHandle add-ref and release and a full GC transition, about a tenth of reading a
/// chain's placements; these calls take microseconds, never block and never call back, so they skip the transition.
/// The caller keeps the statement's SafeHandle referenced for as long as it uses the pointer (<see cref="RawQuery"/>).
/// </summary>
internal static unsafe partial class NativeColumns
{
    private const string Library = "e_sqlite3";

    [LibraryImport(Library, EntryPoint = "sqlite3_column_blob")]
    [SuppressGCTransition]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial byte* Blob(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_bytes")]
    [SuppressGCTransition]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int Bytes(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_type")]
    [SuppressGCTransition]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int Type(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_int")]
    [SuppressGCTransition]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int Int(nint statement, int column);

    [LibraryImport(Library, EntryPoint = "sqlite3_column_int64")]
    [SuppressGCTransition]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial long Long(nint statement, int column);

    /// <summary>The value's bytes as stored (text is UTF-8), valid until the next step or reset of the statement.</summary>
    public static ReadOnlySpan<byte> Span(nint statement, int column)
    {
        // Blob before bytes, as SQLite asks: the length is of the value in the form the first call returned.
        var start = Blob(statement, column);
        return start is null ? [] : new ReadOnlySpan<byte>(start, Bytes(statement, column));
    }
}
