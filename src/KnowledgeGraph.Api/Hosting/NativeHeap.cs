using System.Runtime.InteropServices;

namespace KnowledgeGraph.Api.Hosting;

/// <summary>
/// glibc gives a thread that finds the malloc lock busy an arena of its own, up to eight per core, and an arena keeps
/// the memory freed into it. SQLite (page caches, statements) and the runtime allocate natively from thread-pool
/// threads, so a service that ingests while it serves ends up with a dozen arenas each holding its high-water mark:
/// at 10k entities the bench measured a 363 MB peak while ingesting with the default and 223 MB with two arenas, at
/// the same latency. Two arenas keep malloc lock contention low on the machines we run on.
/// The limit fully holds only when <c>MALLOC_ARENA_MAX</c> is in the environment before the process starts (the
/// runtime's own threads take arenas before Main), so launchSettings.json and the Dockerfile set it; this call is
/// the fallback for other launches and caps the arenas taken after Main (312 MB instead of 363 MB in that run).
/// An explicit <c>MALLOC_ARENA_MAX</c> wins. <see cref="MapPages"/> is the other malloc setting the service needs.
/// </summary>
internal static partial class NativeHeap
{
    public const int Arenas = 2;

    /// <summary>
    /// Blocks of this size and larger are mapped directly and unmapped when freed: a 16 KB SQLite page with its cache
    /// header is just above it.
    /// </summary>
    public const int MapThresholdBytes = 16 * 1024;

    /// <summary>glibc's <c>M_ARENA_MAX</c> option of <c>mallopt</c>.</summary>
    private const int ArenaMaxOption = -8;

    /// <summary>glibc's <c>M_MMAP_THRESHOLD</c> option of <c>mallopt</c>.</summary>
    private const int MmapThresholdOption = -3;

    /// <summary>Call first thing in Main: <see cref="LimitArenas"/> and <see cref="MapPages"/>.</summary>
    public static void Configure()
    {
        LimitArenas();
        MapPages();
    }

    /// <summary>Call first thing in Main, before the threads that would each take an arena exist.</summary>
    /// <returns>Whether the limit is in force (false off Linux/glibc, or when the environment sets its own).</returns>
    public static bool LimitArenas() => SetOption(ArenaMaxOption, Arenas, "MALLOC_ARENA_MAX");

    /// <summary>
    /// A read connection drops its whole page cache when it sees that a commit has changed the file, and fills it
    /// again page by page. At 1M entities, serving while ingesting left 48-69 MB free but unreturned in malloc's
    /// arenas: pages freed between blocks still in use. Mapped directly, each page goes back to the system when freed,
    /// and the peak fell from 302-324 MB to 275-293 MB (docs/benchmarks-history.md, "What changed: page-sized native blocks
    /// are mapped directly"). The price: a page takes 20 KB of address space instead of 16.6 (serving alone peaks
    /// ~13 MB higher at 1M), and the 88 KB page block of each small temporary B-tree SQLite builds (<c>IN (SELECT …
    /// json_each)</c> reads; the chain-map reads no longer build any) is mapped and unmapped too.
    /// An explicit <c>MALLOC_MMAP_THRESHOLD_</c> wins.
    /// </summary>
    /// <returns>Whether the threshold is in force (false off Linux/glibc, or when the environment sets its own).</returns>
    public static bool MapPages() => SetOption(MmapThresholdOption, MapThresholdBytes, "MALLOC_MMAP_THRESHOLD_");

    /// <summary>
    /// <c>mallopt(option, value)</c>, unless <paramref name="environmentVariable"/> (glibc's own name for the same
    /// setting) is set: then the environment's value stands.
    /// </summary>
    private static bool SetOption(int option, int value, string environmentVariable)
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable(environmentVariable) is not null)
        {
            return false;
        }

        try
        {
            return Mallopt(option, value) == 1;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            // Not glibc (musl has its own allocator, without arenas or this threshold): nothing to set.
            return false;
        }
    }

    /// <summary>
    /// Bytes malloc hands out, bytes it keeps free in its arenas, and bytes it mapped directly (glibc's mallinfo2:
    /// uordblks, fordblks, hblkhd), summed over the arenas; null off glibc. The bench reports them next to the GC's
    /// figures, so a peak can be split between managed and native memory.
    /// </summary>
    public static (long InUse, long Free, long Mapped)? Usage()
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            var info = MallInfo2();
            return ((long)info.InUse, (long)info.Free, (long)info.Mapped);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>glibc's <c>struct mallinfo2</c>, every field a <c>size_t</c>.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private readonly struct MallocInfo
    {
        private readonly nuint arena, ordblks, smblks, hblks;
        public readonly nuint Mapped;
        private readonly nuint usmblks, fsmblks;
        public readonly nuint InUse;
        public readonly nuint Free;
        private readonly nuint keepcost;
    }

    [LibraryImport("libc", EntryPoint = "mallinfo2")]
    private static partial MallocInfo MallInfo2();

    [LibraryImport("libc", EntryPoint = "mallopt")]
    private static partial int Mallopt(int option, int value);
}
