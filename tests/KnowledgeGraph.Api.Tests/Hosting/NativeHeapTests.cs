using System.Runtime.InteropServices;
using KnowledgeGraph.Api.Hosting;

namespace KnowledgeGraph.Api.Tests.Hosting;

/// <summary>The arena limit is what keeps the service's resident memory in bounds while it ingests (bench: serving while ingesting).</summary>
public sealed class NativeHeapTests
{
    [Fact]
    public void LimitArenas_OnGlibcLinuxWithoutAnEnvironmentLimit_IsInForce()
    {
        var glibc = OperatingSystem.IsLinux() && !RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.Ordinal);
        var expected = glibc && Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is null;

        Assert.Equal(expected, NativeHeap.LimitArenas());
    }

    [Fact]
    public void Usage_AfterALargeNativeAllocation_CountsItAsMappedUntilFreed()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.RuntimeIdentifier.Contains("musl", StringComparison.Ordinal))
        {
            Assert.Null(NativeHeap.Usage());
            return;
        }

        // 64 MB is above glibc's largest mmap threshold (32 MB), so malloc maps it directly whatever ran before.
        // Other tests run in parallel and map or unmap blocks of their own, hence the slack.
        const int size = 64 << 20;
        const int slack = 16 << 20;
        var before = NativeHeap.Usage()!.Value;
        var block = Marshal.AllocHGlobal(size);
        try
        {
            var during = NativeHeap.Usage()!.Value;
            Assert.InRange(during.Mapped - before.Mapped, size - slack, size + slack);
        }
        finally
        {
            Marshal.FreeHGlobal(block);
        }

        Assert.True(NativeHeap.Usage()!.Value.Mapped < before.Mapped + slack);
    }
}
