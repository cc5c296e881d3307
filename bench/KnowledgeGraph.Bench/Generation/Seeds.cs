namespace KnowledgeGraph.Bench.Generation;

/// <summary>Seeds for per-item <see cref="Random"/>s. Not <see cref="HashCode"/>: that is salted per process, and runs must repeat.</summary>
internal static class Seeds
{
    public static int Mix(int seed, int index, int stream)
    {
        unchecked
        {
            var h = ((uint)seed * 0x9E3779B1u) ^ ((uint)index * 0x85EBCA77u) ^ ((uint)stream * 0xC2B2AE3Du);
            h ^= h >> 15;
            h *= 0x2C1B3C6Du;
            h ^= h >> 12;
            h *= 0x297A2D39u;
            h ^= h >> 15;
            return (int)(h & 0x7FFFFFFF);
        }
    }
}
