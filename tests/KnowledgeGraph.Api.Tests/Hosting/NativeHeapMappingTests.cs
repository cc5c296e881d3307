using System.Runtime.InteropServices;
using KnowledgeGraph.Api.Hosting;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>Measures malloc's mapped total, which tests running alongside would move: these run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NativeHeapMappingCollection
{
    public const string Name = "native heap mapping";
}

[Collection(NativeHeapMappingCollection.Name)]
public sealed class NativeHeapMappingTests
{
    [Fact]
    public void MapPages_PageSizedBlocks_AreMappedAndGoBackWhenFreed()
    {
        var glibc = OperatingSystem.IsLinux() && !RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.Ordinal);
        var inForce = NativeHeap.MapPages();
        Assert.Equal(glibc && Environment.GetEnvironmentVariable("MALLOC_MMAP_THRESHOLD_") is null, inForce);
        if (!inForce)
        {
            return;
        }

        // 2,000 blocks the size of a 16 KB SQLite page with its cache header, about 33 MB: from the arenas they would
        // leave the mapped total where it was.
        const int count = 2_000;
        const int size = (16 * 1024) + 400;
        const long total = (long)count * size;
        var before = NativeHeap.Usage()!.Value.Mapped;
        var blocks = new nint[count];
        try
        {
            for (var i = 0; i < count; i++)
            {
                blocks[i] = Marshal.AllocHGlobal(size);
            }

            Assert.InRange(NativeHeap.Usage()!.Value.Mapped - before, total, total * 2);
        }
        finally
        {
            foreach (var block in blocks)
            {
                Marshal.FreeHGlobal(block);
            }
        }

        Assert.InRange(NativeHeap.Usage()!.Value.Mapped - before, long.MinValue, total / 10);
    }
}
