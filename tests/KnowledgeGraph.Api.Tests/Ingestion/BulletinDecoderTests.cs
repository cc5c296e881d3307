using System.Text;
using KnowledgeGraph.Api.Ingestion;
using KnowledgeGraph.Api.Tests.Infrastructure;

namespace KnowledgeGraph.Api.Tests.Ingestion;

public sealed class BulletinDecoderTests
{
    private readonly BulletinDecoder decoder = new();

    [Fact]
    public async Task Decode_SeedUtf8WithoutBom_TextUnchanged()
    {
        var path = Directory.EnumerateFiles(RepoPaths.Seeds, "*.txt").Order(StringComparer.Ordinal).First();
        var bytes = await File.ReadAllBytesAsync(path);

        var decoded = decoder.Decode(bytes);

        Assert.Equal("utf-8", decoded.Encoding);
        Assert.Equal(await File.ReadAllTextAsync(path), decoded.Text);
        Assert.Contains("国家乳业技术创新中心", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf8WithBom_BomStrippedOffsetsStartAtText()
    {
        var bytes = Encoding.UTF8.Preamble.ToArray().Concat(Encoding.UTF8.GetBytes("国家乳业技术创新中心实现五个里程碑式进展")).ToArray();

        var decoded = decoder.Decode(bytes);

        Assert.Equal("utf-8-bom", decoded.Encoding);
        Assert.StartsWith("国家乳业", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_GbkBytes_RejectedWithReason()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gbk = Encoding.GetEncoding("GBK").GetBytes("内蒙古将乳业创新作为“科技兴蒙”行动的重要内容");

        var ex = Assert.Throws<BulletinDecodingException>(() => decoder.Decode(gbk));

        Assert.Contains("not valid UTF-8", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[0], "empty")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x20 }, "no text")]
    [InlineData(new byte[] { 0x41, 0x00, 0x42 }, "NUL")]
    public void Decode_EmptyBlankOrBinary_RejectedWithReason(byte[] bytes, string reason)
    {
        var ex = Assert.Throws<BulletinDecodingException>(() => decoder.Decode(bytes));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }
}
