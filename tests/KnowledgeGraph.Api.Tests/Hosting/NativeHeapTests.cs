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
}
