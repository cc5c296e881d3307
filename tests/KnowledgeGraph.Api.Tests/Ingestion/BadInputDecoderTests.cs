using KnowledgeGraph.Extraction.Decoding;

namespace KnowledgeGraph.Api.Tests.Ingestion;

/// <summary>Every corpus file through the decoder alone: the encoding it is read with, or the failure and its reason.</summary>
public sealed class BadInputDecoderTests
{
    private readonly BulletinTextDecoder decoder = new();

    public static TheoryData<string> Files => BadInputCorpus.FileNames();

    [Theory]
    [MemberData(nameof(Files))]
    public void Decode_CorpusFile_MatchesManifest(string file)
    {
        var entry = BadInputCorpus.Get(file);

        var result = decoder.Decode(BadInputCorpus.Bytes(file));

        if (entry.Outcome == "Failed")
        {
            Assert.False(result.Succeeded, $"{file} should fail ({entry.Reason}) but decoded as {result.Encoding}");
            Assert.Equal(entry.Decoder, result.Failure.ToString());
            Assert.Contains(entry.Reason!, result.Reason, StringComparison.OrdinalIgnoreCase);
        }
        else
        {
            Assert.True(result.Succeeded, $"{file}: {result.Reason}");
            Assert.Equal(entry.Decoder, result.Encoding);
            Assert.Contains("科技", result.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Decode_EveryTextVariant_GivesTheSameCharactersAsTheUtf8Seed()
    {
        var utf8 = decoder.Decode(BadInputCorpus.Bytes("36-utf8-nobom-b.txt")).Text;

        foreach (var file in new[] { "05-gbk.txt", "07-utf16le-bom.txt", "10-utf16be-nobom.txt", "11-utf8-bom.txt", "30-utf32le-bom.txt" })
        {
            Assert.Equal(utf8, decoder.Decode(BadInputCorpus.Bytes(file)).Text);
        }
    }

    [Fact]
    public void Decode_TruncatedUtf8_DropsThePartialCharacterWithAWarning()
    {
        var result = decoder.Decode(BadInputCorpus.Bytes("04-truncated-utf8.txt"));

        Assert.True(result.Succeeded);
        Assert.EndsWith("高新区“", result.Text, StringComparison.Ordinal);
        Assert.Contains(result.Warnings, w => w.Contains("last 2 byte(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void Manifest_CoversEveryFileInTheCorpusFolder()
    {
        var onDisk = Directory.EnumerateFiles(BadInputCorpus.Directory, "*.txt").Select(Path.GetFileName).Order(StringComparer.Ordinal);

        Assert.Equal(onDisk, BadInputCorpus.Entries.Select(e => e.File).Order(StringComparer.Ordinal));
        Assert.True(BadInputCorpus.Entries.Count >= 30);
    }

    [Fact]
    public async Task DecodeAsync_HundredMegabyteFile_IsRefusedWithoutReadingIt()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kg-huge-{Guid.NewGuid():N}.txt");
        try
        {
            await using (var create = File.Create(path))
            {
                create.SetLength(100L * 1024 * 1024);
            }

            var before = GC.GetTotalAllocatedBytes(precise: true);
            await using var stream = File.OpenRead(path);
            var (result, bytes) = await decoder.DecodeAsync(stream);
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

            Assert.Equal(DecodingFailure.TooLarge, result.Failure);
            Assert.Contains("104,857,600 bytes", result.Reason, StringComparison.Ordinal);
            Assert.Null(bytes);
            Assert.Equal(0, stream.Position);
            Assert.True(allocated < 1024 * 1024, $"allocated {allocated} bytes");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task DecodeAsync_UnseekableStreamOverTheLimit_StopsOneChunkPastTheLimit()
    {
        var small = new BulletinTextDecoder(new DecodingOptions { MaxBytes = 256 * 1024 });
        await using var endless = new EndlessStream();

        var (result, bytes) = await small.DecodeAsync(endless);

        Assert.Equal(DecodingFailure.TooLarge, result.Failure);
        Assert.Null(bytes);
        Assert.True(endless.Served < 512 * 1024, $"read {endless.Served} bytes");
    }

    [Fact]
    public async Task DecodeAsync_FileRenamedAndDeletedWhileOpen_StillReadsTheWholeBulletin()
    {
        var dir = Directory.CreateTempSubdirectory("kg-vanish-").FullName;
        try
        {
            var path = Path.Combine(dir, "bulletin.txt");
            var seed = Directory.EnumerateFiles(BadInputCorpus.Seeds, "*.txt").Order(StringComparer.Ordinal).First();
            File.Copy(seed, path);
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

            File.Move(path, Path.Combine(dir, "renamed.txt"));
            File.Delete(Path.Combine(dir, "renamed.txt"));
            var (result, _) = await decoder.DecodeAsync(stream);

            Assert.True(result.Succeeded, result.Reason);
            Assert.Equal(await File.ReadAllTextAsync(seed), result.Text);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>A stream with no length and no end, like a pipe someone dropped into the inbox.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Served { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Served; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)'a');
            Served += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
